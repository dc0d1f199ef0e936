package nl.participatiesuite.evaluation.burgerpeiling;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Rijen;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §4 for the burgerpeiling: everyone reads it; only a beheerder of the gemeente writes its stellingen,
 * metingen and doelen (§4 gives the medewerker no burgerpeiling writes); every change is in the stelling's trail.
 */
@QuarkusTest
class BurgerpeilingBeveiligingTest extends ApiTest {

    private static final String ANDERE = "GM0998";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> stellingBody(String gemeente, int nummer) {
        return Map.of("gemeente", gemeente, "nummer", nummer, "tekst", "Gemeente luistert", "eenheid", "PERCENTAGE");
    }

    @Test
    void theBurgerpeilingIsPublic() {
        String gemeente = TestData.nieuweGemeente();
        String stelling = api().body(stellingBody(gemeente, 1)).post("/stellingen").then().statusCode(201)
                .extract().path("id");
        api().body(Map.of("jaar", 2019, "waarde", 16.0, "benchmark", 29.0)).post("/stellingen/" + stelling + "/metingen")
                .then().statusCode(201);
        api().body(Map.of("jaar", 2023, "waarde", 30.0)).post("/stellingen/" + stelling + "/doelen").then().statusCode(201);
        for (Aanroeper lezer : java.util.List.of(Aanroeper.ANONIEM, Aanroeper.raadpleger(ANDERE))) {
            api(lezer).get("/stellingen/" + stelling).then().statusCode(200).body("gemeente", equalTo(gemeente));
            api(lezer).queryParam("gemeente", gemeente).get("/stellingen").then().statusCode(200).body("totalItems", equalTo(1));
            api(lezer).get("/stellingen/" + stelling + "/metingen").then().statusCode(200).body("items.jaar", contains(2019));
            api(lezer).get("/stellingen/" + stelling + "/doelen").then().statusCode(200).body("items.jaar", contains(2023));
            api(lezer).get("/stellingen/" + stelling + "/voortgang").then().statusCode(200)
                    .body("doelen[0].status", equalTo("OP_KOERS"));
            api(lezer).get("/burgerpeiling-overzichten/" + gemeente).then().statusCode(200)
                    .body("stellingen.nummer", contains(1));
        }
    }

    @Test
    void onlyABeheerderOfTheGemeenteWritesItsBurgerpeiling() {
        String gemeente = TestData.nieuweGemeente();
        String stelling = api().body(stellingBody(gemeente, 1)).post("/stellingen").then().statusCode(201)
                .extract().path("id");
        String meting = api().body(Map.of("jaar", 2019, "waarde", 16.0)).post("/stellingen/" + stelling + "/metingen")
                .then().statusCode(201).extract().path("id");
        String doel = api().body(Map.of("jaar", 2023, "waarde", 30.0)).post("/stellingen/" + stelling + "/doelen")
                .then().statusCode(201).extract().path("id");
        for (Aanroeper geweigerd : java.util.List.of(Aanroeper.beheerder(ANDERE), Aanroeper.medewerker(gemeente))) {
            Rijen.nietsOpgeslagen(dataSource, () -> {
                api(geweigerd).body(stellingBody(gemeente, 2)).post("/stellingen").then().statusCode(403)
                        .contentType("application/problem+json");
                api(geweigerd).header("If-Match", "\"0\"").body(stellingBody(gemeente, 3)).put("/stellingen/" + stelling)
                        .then().statusCode(403);
                api(geweigerd).body(Map.of("jaar", 2022, "waarde", 20.0)).post("/stellingen/" + stelling + "/metingen")
                        .then().statusCode(403);
                api(geweigerd).header("If-Match", "\"0\"").body(Map.of("jaar", 2019, "waarde", 1.0))
                        .put("/stellingen/" + stelling + "/metingen/" + meting).then().statusCode(403);
                api(geweigerd).header("If-Match", "\"0\"").delete("/stellingen/" + stelling + "/metingen/" + meting)
                        .then().statusCode(403);
                api(geweigerd).body(Map.of("jaar", 2027, "waarde", 40.0)).post("/stellingen/" + stelling + "/doelen")
                        .then().statusCode(403);
                api(geweigerd).header("If-Match", "\"0\"").body(Map.of("jaar", 2023, "waarde", 1.0))
                        .put("/stellingen/" + stelling + "/doelen/" + doel).then().statusCode(403);
                api(geweigerd).header("If-Match", "\"0\"").delete("/stellingen/" + stelling + "/doelen/" + doel)
                        .then().statusCode(403);
            });
        }
        api(Aanroeper.beheerder(ANDERE)).body(stellingBody(gemeente, 2)).post("/stellingen").then()
                .body("type", containsString("andere-gemeente"));
        api(Aanroeper.ANONIEM).body(stellingBody(gemeente, 2)).post("/stellingen").then().statusCode(401);
    }

    @Test
    void theStellingsTrailHoldsItsMetingenAndDoelen() {
        String gemeente = TestData.nieuweGemeente();
        String stelling = api().body(stellingBody(gemeente, 1)).post("/stellingen").then().statusCode(201)
                .extract().path("id");
        String meting = api().body(Map.of("jaar", 2019, "waarde", 16.0)).post("/stellingen/" + stelling + "/metingen")
                .then().statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").body(Map.of("jaar", 2019, "waarde", 17.0))
                .put("/stellingen/" + stelling + "/metingen/" + meting).then().statusCode(200);
        String doel = api().body(Map.of("jaar", 2023, "waarde", 30.0)).post("/stellingen/" + stelling + "/doelen")
                .then().statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").delete("/stellingen/" + stelling + "/doelen/" + doel).then().statusCode(204);

        api().get("/stellingen/" + stelling + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "create", "update", "create", "destroy"))
                .body("items.resource", contains("Stelling", "Meting", "Meting", "Doel", "Doel"))
                .body("items.resourceId", contains(stelling, meting, meting, doel, doel))
                .body("items.gemeente", everyItem(equalTo(gemeente)))
                .body("items.gebruikersId", everyItem(equalTo("beheerder-" + gemeente)))
                .body("items.hoofdObject", everyItem(containsString("/api/v1/stellingen/" + stelling)))
                .body("items[2].wijzigingen.oud.waarde", equalTo(16.0f))
                .body("items[2].wijzigingen.nieuw.waarde", equalTo(17.0f));
        api(Aanroeper.medewerker(gemeente)).get("/stellingen/" + stelling + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder(ANDERE)).get("/stellingen/" + stelling + "/audittrail").then().statusCode(403);
        api(Aanroeper.ANONIEM).get("/stellingen/" + stelling + "/audittrail").then().statusCode(401);
    }
}
