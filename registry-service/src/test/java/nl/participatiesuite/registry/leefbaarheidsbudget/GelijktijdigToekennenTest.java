package nl.participatiesuite.registry.leefbaarheidsbudget;

import static nl.participatiesuite.registry.support.InitiatiefData.BEDRAGEN;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.Gelijktijdig;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/** domain.md §1: the granted total "may never exceed the budget, also under concurrent grants"; one budget per gemeente, jaar and kern. */
@QuarkusTest
class GelijktijdigToekennenTest extends ApiTest {

    private static final int AANVRAGEN = 50;
    private static final BigDecimal BEDRAG = new BigDecimal("100.00");
    private static final BigDecimal TOTAAL = new BigDecimal("1250.00");

    @Test
    void fiftyConcurrentGrantsNeverExceedTheBudget() throws Exception {
        String budget = InitiatiefData.nieuwBudget(TestData.nieuweGemeente(), 2025, TOTAAL.toPlainString());
        List<String> aanvragen = new ArrayList<>();
        for (int i = 0; i < AANVRAGEN; i++) {
            aanvragen.add(InitiatiefData.nieuweAanvraag(budget, BEDRAG.toPlainString()));
        }

        List<ExtractableResponse<Response>> antwoorden = Gelijktijdig.tegelijk(AANVRAGEN, i -> api()
                .body(Map.of("besluit", "TOEKENNEN"))
                .post("/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + aanvragen.get(i) + "/besluit")
                .then().extract());

        long toegekend = antwoorden.stream().filter(a -> a.statusCode() == 200).count();
        List<ExtractableResponse<Response>> geweigerd = antwoorden.stream().filter(a -> a.statusCode() != 200).toList();
        assertEquals(12, toegekend, "1250.00 holds twelve grants of 100.00");
        for (ExtractableResponse<Response> weigering : geweigerd) {
            assertEquals(409, weigering.statusCode());
            assertEquals("application/problem+json", weigering.contentType());
            assertThat(weigering.path("type"), endsWith("/budget-overschreden"));
        }
        BigDecimal totaalToegekend = BEDRAG.multiply(BigDecimal.valueOf(toegekend));
        assertThat(totaalToegekend, lessThanOrEqualTo(TOTAAL));
        api().config(BEDRAGEN).get("/leefbaarheidsbudgetten/" + budget).then().statusCode(200)
                .body("toegekendTotaal", equalTo(totaalToegekend))
                .body("beschikbaar", equalTo(new BigDecimal("50.00")));
        assertEquals(0, totaalToegekend.compareTo(somInDatabase(UUID.fromString(budget))));
    }

    @Test
    void oneBudgetPerGemeenteJaarAndKernAlsoWhenRequestedAtTheSameMoment() throws Exception {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> budget = Map.of("gemeente", gemeente, "jaar", 2025, "totaalbedrag", new BigDecimal("100.00"),
                "beslismodus", "STEMMEN");

        List<ExtractableResponse<Response>> antwoorden = Gelijktijdig.tegelijk(10, i -> api()
                .body(budget).post("/leefbaarheidsbudgetten").then().extract());

        assertEquals(1, antwoorden.stream().filter(a -> a.statusCode() == 201).count());
        antwoorden.stream().filter(a -> a.statusCode() != 201).forEach(weigering -> {
            assertEquals(409, weigering.statusCode());
            assertThat(weigering.path("type"), endsWith("/budget-bestaat"));
        });
        api().queryParam("gemeente", gemeente).get("/leefbaarheidsbudgetten").then().body("totalItems", equalTo(1));
    }

    private static BigDecimal somInDatabase(UUID budget) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) Leefbaarheidsaanvraag.getEntityManager()
                .createNativeQuery("select coalesce(sum(toegekend_bedrag), 0) from leefbaarheidsaanvraag"
                        + " where budget_id = :budget and status = 'TOEGEKEND'")
                .setParameter("budget", budget)
                .getSingleResult());
    }
}
