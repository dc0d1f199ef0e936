package nl.participatiesuite.registry.leefbaarheidsbudget;

import static nl.participatiesuite.registry.support.InitiatiefData.BEDRAGEN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
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
class AanvraagResourceTest extends ApiTest {

    @Test
    void anAanvraagIsSubmittedForAnInitiatiefOfTheGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String budget = InitiatiefData.nieuwBudget(gemeente, 2025, "1000.00");
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Picknickplaats");
        Map<String, Object> body = aanvraag("250.00");
        body.put("initiatiefId", initiatief);
        String id = api().config(BEDRAGEN).body(body).post("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/leefbaarheidsbudgetten/" + budget + "/aanvragen/"))
                .header("ETag", equalTo("\"0\""))
                .body("budgetId", equalTo(budget))
                .body("initiatiefId", equalTo(initiatief))
                .body("status", equalTo("INGEDIEND"))
                .body("gevraagdBedrag", equalTo(new BigDecimal("250.00")))
                .body("toegekendBedrag", nullValue())
                .extract().path("id");
        api().get("/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("aanvrager", equalTo("Buurtvereniging De Linde"));
    }

    @Test
    void invalidAanvraagListsEveryFieldAndBadReferencesAreNamed() {
        String gemeente = TestData.nieuweGemeente();
        String budget = InitiatiefData.nieuwBudget(gemeente, 2025, "1000.00");
        Map<String, Object> body = new HashMap<>();
        body.put("aanvrager", "");
        body.put("gevraagdBedrag", BigDecimal.ZERO);
        api().body(body).post("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("aanvrager", "omschrijving", "gevraagdBedrag"));

        body = aanvraag("10.00");
        body.put("initiatiefId", UUID.randomUUID().toString());
        api().body(body).post("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("initiatiefId")).body("invalidParams[0].code", equalTo("unknown"));
        body.put("initiatiefId", InitiatiefData.nieuwInitiatief(TestData.andereGemeente(), "Elders"));
        api().body(body).post("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("otherGemeente"));
        api().get("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then().body("totalItems", equalTo(0));
        api().body(aanvraag("10.00")).post("/leefbaarheidsbudgetten/" + UUID.randomUUID() + "/aanvragen").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void grantingWithoutAnAmountGrantsWhatWasAsked() {
        String budget = InitiatiefData.nieuwBudget(TestData.nieuweGemeente(), 2025, "1000.00");
        String aanvraag = InitiatiefData.nieuweAanvraag(budget, "400.00");
        besluit(budget, aanvraag, Map.of("besluit", "TOEKENNEN")).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("TOEGEKEND"))
                .body("toegekendBedrag", equalTo(new BigDecimal("400.00")))
                .body("beslotenOp", endsWith("Z"));
    }

    @Test
    void grantingLessThanAskedIsAllowedButNeverMore() {
        String budget = InitiatiefData.nieuwBudget(TestData.nieuweGemeente(), 2025, "1000.00");
        String aanvraag = InitiatiefData.nieuweAanvraag(budget, "400.00");
        besluit(budget, aanvraag, Map.of("besluit", "TOEKENNEN", "bedrag", new BigDecimal("400.01"))).then()
                .statusCode(400).body("invalidParams[0].name", equalTo("bedrag"))
                .body("invalidParams[0].reason", containsString("€ 400,00"));
        besluit(budget, aanvraag, Map.of("besluit", "TOEKENNEN", "bedrag", BigDecimal.ZERO)).then()
                .statusCode(400).body("invalidParams[0].name", equalTo("bedrag"));
        besluit(budget, aanvraag, Map.of("besluit", "TOEKENNEN", "bedrag", new BigDecimal("300.00"),
                "reden", "Zonder de partytent")).then()
                .statusCode(200).body("toegekendBedrag", equalTo(new BigDecimal("300.00")))
                .body("besluitReden", equalTo("Zonder de partytent"));
        api().config(BEDRAGEN).get("/leefbaarheidsbudgetten/" + budget).then()
                .body("toegekendTotaal", equalTo(new BigDecimal("300.00")));
    }

    @Test
    void aRejectionNeedsAReasonAndHasNoAmount() {
        String budget = InitiatiefData.nieuwBudget(TestData.nieuweGemeente(), 2025, "1000.00");
        String aanvraag = InitiatiefData.nieuweAanvraag(budget, "400.00");
        besluit(budget, aanvraag, Map.of("besluit", "AFWIJZEN", "bedrag", new BigDecimal("10.00"))).then()
                .statusCode(400).body("invalidParams.name", containsInAnyOrder("reden", "bedrag"));
        besluit(budget, aanvraag, Map.of("besluit", "UITSTELLEN")).then()
                .statusCode(400).body("invalidParams.name", contains("besluit"))
                .body("invalidParams[0].reason", containsString("TOEKENNEN, AFWIJZEN"));
        besluit(budget, aanvraag, Map.of("besluit", "AFWIJZEN", "reden", "Geen draagvlak in de kern")).then()
                .statusCode(200).body("status", equalTo("AFGEWEZEN"))
                .body("besluitReden", equalTo("Geen draagvlak in de kern"))
                .body("toegekendBedrag", nullValue());
    }

    @Test
    void aDecidedAanvraagCannotBeDecidedAgain() {
        String budget = InitiatiefData.nieuwBudget(TestData.nieuweGemeente(), 2025, "1000.00");
        String aanvraag = InitiatiefData.nieuweAanvraag(budget, "100.00");
        besluit(budget, aanvraag, Map.of("besluit", "AFWIJZEN", "reden", "Dubbel ingediend")).then().statusCode(200);
        besluit(budget, aanvraag, Map.of("besluit", "TOEKENNEN")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/aanvraag-al-besloten"))
                .body("detail", containsString("AFGEWEZEN"));
        api().get("/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + aanvraag).then().body("status", equalTo("AFGEWEZEN"));
    }

    @Test
    void aGrantThatWouldExceedTheBudgetIsRefusedSayingWhatIsAvailable() {
        String budget = InitiatiefData.nieuwBudget(TestData.nieuweGemeente(), 2025, "1000.00");
        String eerste = InitiatiefData.nieuweAanvraag(budget, "700.00");
        String tweede = InitiatiefData.nieuweAanvraag(budget, "300.01");
        String derde = InitiatiefData.nieuweAanvraag(budget, "300.00");
        besluit(budget, eerste, Map.of("besluit", "TOEKENNEN")).then().statusCode(200);
        besluit(budget, tweede, Map.of("besluit", "TOEKENNEN")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/budget-overschreden"))
                .body("detail", containsString("beschikbaar is nog € 300,00"));
        besluit(budget, derde, Map.of("besluit", "TOEKENNEN")).then().statusCode(200);
        api().config(BEDRAGEN).get("/leefbaarheidsbudgetten/" + budget).then()
                .body("toegekendTotaal", equalTo(new BigDecimal("1000.00")))
                .body("beschikbaar", equalTo(new BigDecimal("0.00")));
        api().get("/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + tweede).then().body("status", equalTo("INGEDIEND"));
    }

    @Test
    void unknownBudgetOrAanvraagIsNotFound() {
        String gemeente = TestData.nieuweGemeente();
        String budget = InitiatiefData.nieuwBudget(gemeente, 2025, "1000.00");
        String anderen = TestData.nieuweGemeente();
        String ander = InitiatiefData.nieuwBudget(anderen, 2025, "1000.00");
        String vanAnder = InitiatiefData.nieuweAanvraag(ander, "10.00");
        Aanroeper.werkIn(gemeente);
        api().get("/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + vanAnder).then().statusCode(404)
                .contentType("application/problem+json");
        besluit(budget, vanAnder, Map.of("besluit", "TOEKENNEN")).then().statusCode(404);
        besluit(UUID.randomUUID().toString(), vanAnder, Map.of("besluit", "TOEKENNEN")).then().statusCode(404);
        api().get("/leefbaarheidsbudgetten/" + UUID.randomUUID() + "/aanvragen").then().statusCode(404);
        api(Aanroeper.raadpleger(anderen)).get("/leefbaarheidsbudgetten/" + ander + "/aanvragen/" + vanAnder).then()
                .statusCode(200).body("status", equalTo("INGEDIEND"));
        // It exists, but not for a caller of another gemeente.
        api().get("/leefbaarheidsbudgetten/" + ander + "/aanvragen/" + vanAnder).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aanvragenAreListedOldestFirstAndFilteredOnStatus() {
        String budget = InitiatiefData.nieuwBudget(TestData.nieuweGemeente(), 2025, "1000.00");
        String eerste = InitiatiefData.nieuweAanvraag(budget, "10.00");
        String tweede = InitiatiefData.nieuweAanvraag(budget, "20.00");
        String derde = InitiatiefData.nieuweAanvraag(budget, "30.00");
        besluit(budget, tweede, Map.of("besluit", "TOEKENNEN")).then().statusCode(200);
        api().get("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.id", contains(eerste, tweede, derde));
        api().queryParam("status", "TOEGEKEND").get("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then()
                .body("items.id", contains(tweede)).body("items[0].beslotenOp", notNullValue());
        api().queryParam("pageSize", 2).queryParam("page", 2).get("/leefbaarheidsbudgetten/" + budget + "/aanvragen")
                .then().header("Link", containsString("rel=\"first\"")).body("items.id", contains(derde));
        api().queryParam("status", "BEZIG").get("/leefbaarheidsbudgetten/" + budget + "/aanvragen").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("status"));
    }

    static Map<String, Object> aanvraag(String bedrag) {
        Map<String, Object> body = new HashMap<>();
        body.put("aanvrager", "Buurtvereniging De Linde");
        body.put("omschrijving", "Bankjes bij de dorpsweide");
        body.put("gevraagdBedrag", new BigDecimal(bedrag));
        return body;
    }

    private static io.restassured.response.Response besluit(String budget, String aanvraag, Map<String, Object> body) {
        return api().config(BEDRAGEN).body(body)
                .post("/leefbaarheidsbudgetten/" + budget + "/aanvragen/" + aanvraag + "/besluit");
    }
}
