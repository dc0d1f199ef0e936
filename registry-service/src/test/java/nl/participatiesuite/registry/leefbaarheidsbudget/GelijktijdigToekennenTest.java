package nl.participatiesuite.registry.leefbaarheidsbudget;

import static nl.participatiesuite.registry.support.InitiatiefData.BEDRAGEN;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

        List<String> toegekend = antwoorden.stream().filter(a -> a.statusCode() == 200).map(a -> a.<String>path("id")).toList();
        List<ExtractableResponse<Response>> geweigerd = antwoorden.stream().filter(a -> a.statusCode() != 200).toList();
        assertEquals(12, toegekend.size(), "1250.00 holds twelve grants of 100.00");
        for (ExtractableResponse<Response> weigering : geweigerd) {
            assertEquals(409, weigering.statusCode());
            assertEquals("application/problem+json", weigering.contentType());
            assertThat(weigering.path("type"), endsWith("/budget-overschreden"));
        }
        BigDecimal totaalToegekend = BEDRAG.multiply(BigDecimal.valueOf(toegekend.size()));
        api().config(BEDRAGEN).get("/leefbaarheidsbudgetten/" + budget).then().statusCode(200)
                .body("toegekendTotaal", equalTo(totaalToegekend))
                .body("beschikbaar", equalTo(TOTAAL.subtract(totaalToegekend)));
        assertEquals(0, totaalToegekend.compareTo(somInDatabase(UUID.fromString(budget))));
        // Exactly the answered grants are TOEGEKEND; every refused aanvraag is still open, not half decided.
        assertEquals(Set.copyOf(toegekend), Set.copyOf(aanvragenMetStatus(budget, "TOEGEKEND")));
        List<String> open = new ArrayList<>(aanvragen);
        open.removeAll(toegekend);
        assertEquals(Set.copyOf(open), Set.copyOf(aanvragenMetStatus(budget, "INGEDIEND")));
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

    private static List<String> aanvragenMetStatus(String budget, String status) {
        return api().queryParam("status", status).queryParam("pageSize", 100)
                .get("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then().statusCode(200).extract().path("items.id");
    }

    private static BigDecimal somInDatabase(UUID budget) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) Leefbaarheidsaanvraag.getEntityManager()
                .createNativeQuery("select coalesce(sum(toegekend_bedrag), 0) from leefbaarheidsaanvraag"
                        + " where budget_id = :budget and status = 'TOEGEKEND'")
                .setParameter("budget", budget)
                .getSingleResult());
    }
}
