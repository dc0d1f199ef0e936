package nl.participatiesuite.registry.incidenteleondersteuning;

import static nl.participatiesuite.registry.support.InitiatiefData.BEDRAGEN;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.Gelijktijdig;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/** domain.md §1: at most € 5.000 per gemeente per calendar year, also when grants arrive at the same moment. */
@QuarkusTest
class GelijktijdigOndersteunenTest extends ApiTest {

    private static final int TOEKENNINGEN = 50;
    private static final BigDecimal BEDRAG = new BigDecimal("300.00");
    private static final BigDecimal PLAFOND = new BigDecimal("5000.00");

    @Test
    void fiftyConcurrentGrantsStayWithinTheJaarplafond() throws Exception {
        String gemeente = TestData.nieuweGemeente();

        List<ExtractableResponse<Response>> antwoorden = Gelijktijdig.tegelijk(TOEKENNINGEN, i -> api()
                .body(IncidenteleOndersteuningResourceTest.ondersteuning(gemeente, 2025, BEDRAG.toPlainString()))
                .post("/incidentele-ondersteuningen")
                .then().extract());

        List<String> toegekend = antwoorden.stream().filter(a -> a.statusCode() == 201).map(a -> a.<String>path("id")).toList();
        assertEquals(16, toegekend.size(), "5000.00 holds sixteen grants of 300.00");
        antwoorden.stream().filter(a -> a.statusCode() != 201).forEach(weigering -> {
            assertEquals(409, weigering.statusCode());
            assertEquals("application/problem+json", weigering.contentType());
            assertThat(weigering.path("type"), endsWith("/plafond-overschreden"));
            assertThat(weigering.path("detail"), containsString("beschikbaar nog € 200,00"));
        });
        BigDecimal totaal = BEDRAG.multiply(BigDecimal.valueOf(toegekend.size()));
        api().config(BEDRAGEN).get("/incidentele-ondersteuningen/jaaroverzichten/" + gemeente + "/2025").then()
                .body("plafond", equalTo(PLAFOND))
                .body("toegekend", equalTo(totaal))
                .body("beschikbaar", equalTo(PLAFOND.subtract(totaal)));
        assertEquals(0, totaal.compareTo(somInDatabase(gemeente)));
        // Exactly the answered grants are stored: no refused request left a row, no 201 was rolled back.
        List<String> opgeslagen = api().queryParam("gemeente", gemeente).queryParam("jaar", 2025).queryParam("pageSize", 100)
                .get("/incidentele-ondersteuningen").then().statusCode(200).extract().path("items.id");
        assertEquals(Set.copyOf(toegekend), Set.copyOf(opgeslagen));
        assertEquals(toegekend.size(), opgeslagen.size());
    }

    private static BigDecimal somInDatabase(String gemeente) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) IncidenteleOndersteuning.getEntityManager()
                .createNativeQuery("select coalesce(sum(bedrag), 0) from incidentele_ondersteuning"
                        + " where gemeente_code = :gemeente and jaar = 2025")
                .setParameter("gemeente", gemeente)
                .getSingleResult());
    }
}
