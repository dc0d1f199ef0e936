package nl.participatiesuite.registry.incidenteleondersteuning;

import static nl.participatiesuite.registry.support.InitiatiefData.BEDRAGEN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidenteleOndersteuningResourceTest extends ApiTest {

    @Test
    void aGrantIsRecordedForAnInitiatiefOfTheGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Dorpstafel");
        Map<String, Object> body = ondersteuning(gemeente, 2025, "750.00");
        body.put("initiatiefId", initiatief);
        String id = api().config(BEDRAGEN).body(body).post("/incidentele-ondersteuningen").then().statusCode(201)
                .header("Location", containsString("/api/v1/incidentele-ondersteuningen/"))
                .header("ETag", equalTo("\"0\""))
                .body("gemeente", equalTo(gemeente))
                .body("jaar", equalTo(2025))
                .body("bedrag", equalTo(new BigDecimal("750.00")))
                .body("initiatiefId", equalTo(initiatief))
                .extract().path("id");
        api().get("/incidentele-ondersteuningen/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("omschrijving", equalTo("Zaalhuur voor de eerste bijeenkomst"));
        api().config(BEDRAGEN).get("/incidentele-ondersteuningen/jaaroverzichten/" + gemeente + "/2025").then()
                .statusCode(200)
                .body("plafond", equalTo(new BigDecimal("5000.00")))
                .body("toegekend", equalTo(new BigDecimal("750.00")))
                .body("beschikbaar", equalTo(new BigDecimal("4250.00")));
    }

    @Test
    void atMostTheJaarplafondPerGemeentePerCalendarYear() {
        String gemeente = TestData.nieuweGemeente();
        api().body(ondersteuning(gemeente, 2025, "4999.99")).post("/incidentele-ondersteuningen").then().statusCode(201);
        api().body(ondersteuning(gemeente, 2025, "0.02")).post("/incidentele-ondersteuningen").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/plafond-overschreden"))
                .body("status", equalTo(409))
                .body("detail", containsString("jaarplafond van € 5.000,00"))
                .body("detail", containsString("beschikbaar nog € 0,01"));
        api().body(ondersteuning(gemeente, 2025, "0.01")).post("/incidentele-ondersteuningen").then().statusCode(201);
        // Another year and another gemeente have their own plafond.
        api().body(ondersteuning(gemeente, 2026, "5000.00")).post("/incidentele-ondersteuningen").then().statusCode(201);
        String anderen = TestData.andereGemeente();
        api(Aanroeper.beheerder(anderen)).body(ondersteuning(anderen, 2025, "5000.00")).post("/incidentele-ondersteuningen")
                .then().statusCode(201);
        api().config(BEDRAGEN).get("/incidentele-ondersteuningen/jaaroverzichten/" + gemeente + "/2025").then()
                .body("toegekend", equalTo(new BigDecimal("5000.00")))
                .body("beschikbaar", equalTo(new BigDecimal("0.00")));
        api().body(ondersteuning(gemeente, 2025, "5000.01")).post("/incidentele-ondersteuningen").then().statusCode(409);
    }

    @Test
    void invalidInputListsEveryFieldAndBadReferencesAreNamed() {
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", "GM12");
        body.put("jaar", 2201);
        body.put("omschrijving", " ");
        body.put("bedrag", new BigDecimal("-3.001"));
        api().body(body).post("/incidentele-ondersteuningen").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("gemeente", "jaar", "omschrijving", "bedrag", "bedrag"));

        // A grant of another gemeente is refused; a beheerder of a gemeente that is not registered is told so.
        body = ondersteuning("GM9994", 2025, "10.00");
        body.put("initiatiefId", UUID.randomUUID().toString());
        api().body(body).post("/incidentele-ondersteuningen").then().statusCode(403)
                .contentType("application/problem+json");
        api(Aanroeper.beheerder("GM9994")).body(body).post("/incidentele-ondersteuningen").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "initiatiefId"));
        String gemeente = TestData.nieuweGemeente();
        body = ondersteuning(gemeente, 2025, "10.00");
        body.put("initiatiefId", InitiatiefData.nieuwInitiatief(TestData.andereGemeente(), "Elders"));
        api().body(body).post("/incidentele-ondersteuningen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("initiatiefId"))
                .body("invalidParams[0].code", equalTo("otherGemeente"));
        api().queryParam("gemeente", gemeente).get("/incidentele-ondersteuningen").then().body("totalItems", equalTo(0));
    }

    @Test
    void aGrantIsWithdrawnWithTheCurrentVersion() {
        String gemeente = TestData.nieuweGemeente();
        String id = api().body(ondersteuning(gemeente, 2025, "5000.00")).post("/incidentele-ondersteuningen").then()
                .statusCode(201).extract().path("id");
        api().delete("/incidentele-ondersteuningen/" + id).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"1\"").delete("/incidentele-ondersteuningen/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").delete("/incidentele-ondersteuningen/" + id).then().statusCode(204);
        api().get("/incidentele-ondersteuningen/" + id).then().statusCode(404).contentType("application/problem+json");
        api().header("If-Match", "\"0\"").delete("/incidentele-ondersteuningen/" + id).then().statusCode(404);
        // The withdrawn amount is room under the plafond again.
        api().body(ondersteuning(gemeente, 2025, "5000.00")).post("/incidentele-ondersteuningen").then().statusCode(201);
    }

    @Test
    void listFiltersOnGemeenteAndJaarInOrderOfGranting() {
        String gemeente = TestData.nieuweGemeente();
        String eerste = nieuw(gemeente, 2025, "100.00");
        String tweede = nieuw(gemeente, 2025, "200.00");
        String ander = nieuw(gemeente, 2024, "300.00");
        api().queryParam("gemeente", gemeente).get("/incidentele-ondersteuningen").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.id", contains(ander, eerste, tweede));
        api().queryParam("gemeente", gemeente).queryParam("jaar", 2025).get("/incidentele-ondersteuningen").then()
                .body("items.id", contains(eerste, tweede));
        api().queryParam("gemeente", gemeente).queryParam("pageSize", 2).get("/incidentele-ondersteuningen").then()
                .header("Link", containsString("rel=\"next\"")).body("totalPages", equalTo(2));
        api().queryParam("jaar", 2025).get("/incidentele-ondersteuningen").then().statusCode(200)
                .body("items.jaar", not(org.hamcrest.Matchers.hasItem(2024)));
        api().queryParam("gemeente", "Buren").queryParam("jaar", 99).get("/incidentele-ondersteuningen").then()
                .statusCode(400).body("invalidParams.name", containsInAnyOrder("gemeente", "jaar"));
    }

    @Test
    void jaaroverzichtOfAnUnknownGemeenteIsNotFound() {
        api(Aanroeper.raadpleger("GM9993")).get("/incidentele-ondersteuningen/jaaroverzichten/GM9993/2025").then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("GM9993"));
        // Another gemeente's figures are not for this caller, whether or not that gemeente exists.
        api().get("/incidentele-ondersteuningen/jaaroverzichten/GM9993/2025").then().statusCode(403);
        String gemeente = TestData.nieuweGemeente();
        api().get("/incidentele-ondersteuningen/jaaroverzichten/" + gemeente + "/1999").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("jaar"));
        api(Aanroeper.raadpleger(gemeente)).config(BEDRAGEN).get("/incidentele-ondersteuningen/jaaroverzichten/" + gemeente
                + "/2030").then().statusCode(200).body("beschikbaar", equalTo(new BigDecimal("5000.00")));
    }

    static Map<String, Object> ondersteuning(String gemeente, int jaar, String bedrag) {
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", gemeente);
        body.put("jaar", jaar);
        body.put("omschrijving", "Zaalhuur voor de eerste bijeenkomst");
        body.put("bedrag", new BigDecimal(bedrag));
        return body;
    }

    private static String nieuw(String gemeente, int jaar, String bedrag) {
        return api().body(ondersteuning(gemeente, jaar, bedrag)).post("/incidentele-ondersteuningen").then()
                .statusCode(201).extract().path("id");
    }
}
