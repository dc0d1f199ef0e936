package nl.participatiesuite.registry.leefbaarheidsbudget;

import static nl.participatiesuite.registry.support.InitiatiefData.BEDRAGEN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
class LeefbaarheidsbudgetResourceTest extends ApiTest {

    @Test
    void aBudgetShowsWhatIsGrantedAndWhatIsAvailable() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Rijswijk");
        String id = api().config(BEDRAGEN)
                .body(budget(gemeente, 2025, kern, "10000.00", "STEMMEN"))
                .post("/leefbaarheidsbudgetten").then().statusCode(201)
                .header("Location", containsString("/api/v1/leefbaarheidsbudgetten/"))
                .header("ETag", equalTo("\"0\""))
                .body("gemeente", equalTo(gemeente))
                .body("jaar", equalTo(2025))
                .body("kernId", equalTo(kern))
                .body("beslismodus", equalTo("STEMMEN"))
                .body("totaalbedrag", equalTo(new BigDecimal("10000.00")))
                .body("toegekendTotaal", equalTo(new BigDecimal("0.00")))
                .body("beschikbaar", equalTo(new BigDecimal("10000.00")))
                .extract().path("id");
        String aanvraag = InitiatiefData.nieuweAanvraag(id, "2500.50");
        api().body(Map.of("besluit", "TOEKENNEN")).post("/leefbaarheidsbudgetten/" + id + "/aanvragen/" + aanvraag + "/besluit")
                .then().statusCode(200);
        api().config(BEDRAGEN).get("/leefbaarheidsbudgetten/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("toegekendTotaal", equalTo(new BigDecimal("2500.50")))
                .body("beschikbaar", equalTo(new BigDecimal("7499.50")));
    }

    @Test
    void oneBudgetPerGemeenteJaarAndKern() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Maurik");
        InitiatiefData.nieuwBudget(gemeente, 2025, "5000.00");
        api().body(budget(gemeente, 2025, null, "100.00", "GEMEENTE")).post("/leefbaarheidsbudgetten").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/budget-bestaat"))
                .body("detail", containsString("2025"));
        api().body(budget(gemeente, 2025, kern, "100.00", "GEMEENTE")).post("/leefbaarheidsbudgetten").then().statusCode(201);
        api().body(budget(gemeente, 2025, kern, "200.00", "COMMISSIE")).post("/leefbaarheidsbudgetten").then().statusCode(409);
        api().body(budget(gemeente, 2026, null, "100.00", "GEMEENTE")).post("/leefbaarheidsbudgetten").then().statusCode(201);
    }

    @Test
    void invalidInputListsEveryField() {
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", "Buren");
        body.put("jaar", 1999);
        body.put("totaalbedrag", new BigDecimal("-1.005"));
        body.put("beslismodus", "LOTING");
        api().body(body).post("/leefbaarheidsbudgetten").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("gemeente", "jaar", "totaalbedrag", "totaalbedrag", "beslismodus"))
                .body("invalidParams.find { it.name == 'beslismodus' }.reason", containsString("STEMMEN, COMMISSIE, GEMEENTE"));
        api().body(Map.of("gemeente", TestData.nieuweGemeente())).post("/leefbaarheidsbudgetten").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("jaar", "totaalbedrag", "beslismodus"))
                .body("invalidParams.code", contains("required", "required", "required"));
    }

    @Test
    void unknownReferencesAreInvalidInput() {
        String gemeente = TestData.nieuweGemeente();
        String vreemdeKern = TestData.nieuweKern(TestData.andereGemeente(), "Elders");
        // A budget of another gemeente is refused; a beheerder of a gemeente that is not registered is told so.
        api().body(budget("GM9995", 2025, UUID.randomUUID().toString(), "10.00", "STEMMEN"))
                .post("/leefbaarheidsbudgetten").then().statusCode(403).contentType("application/problem+json");
        api(Aanroeper.beheerder("GM9995")).body(budget("GM9995", 2025, UUID.randomUUID().toString(), "10.00", "STEMMEN"))
                .post("/leefbaarheidsbudgetten").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "kernId"))
                .body("invalidParams.code", containsInAnyOrder("unknown", "unknown"));
        api().body(budget(gemeente, 2025, vreemdeKern, "10.00", "STEMMEN"))
                .post("/leefbaarheidsbudgetten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kernId"))
                .body("invalidParams[0].code", equalTo("otherGemeente"));
        api().queryParam("gemeente", gemeente).get("/leefbaarheidsbudgetten").then().body("totalItems", equalTo(0));
    }

    @Test
    void theTotalCanChangeButNotBelowWhatWasGranted() {
        String gemeente = TestData.nieuweGemeente();
        String id = InitiatiefData.nieuwBudget(gemeente, 2025, "1000.00");
        String aanvraag = InitiatiefData.nieuweAanvraag(id, "600.00");
        api().body(Map.of("besluit", "TOEKENNEN")).post("/leefbaarheidsbudgetten/" + id + "/aanvragen/" + aanvraag + "/besluit")
                .then().statusCode(200);
        Map<String, Object> lager = Map.of("totaalbedrag", new BigDecimal("599.99"), "beslismodus", "GEMEENTE");
        Map<String, Object> precies = Map.of("totaalbedrag", new BigDecimal("600.00"), "beslismodus", "GEMEENTE");

        api().body(precies).put("/leefbaarheidsbudgetten/" + id).then().statusCode(428);
        api().header("If-Match", "\"4\"").body(precies).put("/leefbaarheidsbudgetten/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        api().header("If-Match", "\"0\"").body(lager).put("/leefbaarheidsbudgetten/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/budget-onder-toegekend"))
                .body("detail", containsString("€ 600,00"));
        api().config(BEDRAGEN).header("If-Match", "\"0\"").body(precies).put("/leefbaarheidsbudgetten/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"1\""))
                .body("totaalbedrag", equalTo(new BigDecimal("600.00")))
                .body("beschikbaar", equalTo(new BigDecimal("0.00")))
                .body("beslismodus", equalTo("GEMEENTE"));
        api().header("If-Match", "\"1\"").body(Map.of("totaalbedrag", "veel", "beslismodus", "X"))
                .put("/leefbaarheidsbudgetten/" + id).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("totaalbedrag"));
        api().header("If-Match", "\"1\"").body(Map.of("totaalbedrag", new BigDecimal("1.000"), "beslismodus", "X"))
                .put("/leefbaarheidsbudgetten/" + id).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("totaalbedrag", "beslismodus"));
        api().header("If-Match", "\"1\"").body(precies).put("/leefbaarheidsbudgetten/" + UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void aBudgetWithAanvragenIsKeptAndOneWithoutCanBeDeleted() {
        String gemeente = TestData.nieuweGemeente();
        String leeg = InitiatiefData.nieuwBudget(gemeente, 2024, "100.00");
        String gebruikt = InitiatiefData.nieuwBudget(gemeente, 2025, "100.00");
        InitiatiefData.nieuweAanvraag(gebruikt, "50.00");

        api().delete("/leefbaarheidsbudgetten/" + leeg).then().statusCode(428);
        api().header("If-Match", "\"2\"").delete("/leefbaarheidsbudgetten/" + leeg).then().statusCode(412);
        api().header("If-Match", "\"0\"").delete("/leefbaarheidsbudgetten/" + gebruikt).then().statusCode(409)
                .body("type", endsWith("/budget-heeft-aanvragen"));
        api().header("If-Match", "\"0\"").delete("/leefbaarheidsbudgetten/" + leeg).then().statusCode(204);
        api().get("/leefbaarheidsbudgetten/" + leeg).then().statusCode(404).contentType("application/problem+json");
        api().get("/leefbaarheidsbudgetten/" + gebruikt).then().statusCode(200);
    }

    @Test
    void listFiltersOnGemeenteJaarAndKernNewestYearFirst() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Lienden");
        String b2024 = InitiatiefData.nieuwBudget(gemeente, 2024, "100.00");
        String b2025 = InitiatiefData.nieuwBudget(gemeente, 2025, "200.00");
        String kern2025 = api().body(budget(gemeente, 2025, kern, "300.00", "STEMMEN")).post("/leefbaarheidsbudgetten")
                .then().statusCode(201).extract().path("id");
        String aanvraag = InitiatiefData.nieuweAanvraag(b2025, "150.00");
        api().body(Map.of("besluit", "TOEKENNEN")).post("/leefbaarheidsbudgetten/" + b2025 + "/aanvragen/" + aanvraag + "/besluit")
                .then().statusCode(200);

        api().config(BEDRAGEN).queryParam("gemeente", gemeente).get("/leefbaarheidsbudgetten").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.jaar", contains(2025, 2025, 2024))
                .body("items.find { it.id == '" + b2025 + "' }.toegekendTotaal", equalTo(new BigDecimal("150.00")))
                .body("items.find { it.id == '" + b2024 + "' }.toegekendTotaal", equalTo(new BigDecimal("0.00")));
        api().queryParam("gemeente", gemeente).queryParam("jaar", 2024).get("/leefbaarheidsbudgetten").then()
                .body("items.id", contains(b2024));
        api().queryParam("kern", kern).get("/leefbaarheidsbudgetten").then()
                .body("items.id", contains(kern2025)).body("items[0].kernId", equalTo(kern));
        api().queryParam("gemeente", gemeente).queryParam("jaar", 2025).queryParam("pageSize", 1)
                .get("/leefbaarheidsbudgetten").then().header("Link", containsString("rel=\"next\""));
        api().queryParam("jaar", 1900).queryParam("kern", "Lienden").get("/leefbaarheidsbudgetten").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("jaar", "kern"));
        api().queryParam("gemeente", gemeente).queryParam("jaar", 2024).get("/leefbaarheidsbudgetten").then()
                .body("items[0].kernId", nullValue());
    }

    private static Map<String, Object> budget(String gemeente, int jaar, String kern, String totaal, String beslismodus) {
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", gemeente);
        body.put("jaar", jaar);
        body.put("kernId", kern);
        body.put("totaalbedrag", new BigDecimal(totaal));
        body.put("beslismodus", beslismodus);
        return body;
    }
}
