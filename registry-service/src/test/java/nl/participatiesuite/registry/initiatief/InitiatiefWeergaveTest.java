package nl.participatiesuite.registry.initiatief;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Cachetellingen;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * GET /initiatieven/{id} answers the kept JSON of what it shows (api-rules' Weergaven): the initiatief, the names of
 * its kernen and its kernambtenaar as vaste contactpersoon. Each write of one of them is in the next answer and
 * changes its ETag, so a conditional GET never keeps the old answer. Who sees which fields is InitiatiefBeveiligingTest.
 */
@QuarkusTest
class InitiatiefWeergaveTest extends ApiTest {

    @Test
    void aSecondReadOfAnUnchangedInitiatiefIsTheKeptAnswer() {
        String gemeente = TestData.nieuweGemeente();
        String id = api(Aanroeper.medewerker(gemeente))
                .body(InitiatiefData.initiatief(gemeente, "Bankjes langs de Linge", List.of()))
                .post("/initiatieven").then().statusCode(201).extract().path("id");
        Map<String, Double> voor = Cachetellingen.van("weergaven");
        String eerste = api(Aanroeper.raadpleger(gemeente)).get("/initiatieven/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).header("Content-Type", "application/json;charset=UTF-8").extract().asString();
        String tweede = api(Aanroeper.raadpleger(gemeente)).get("/initiatieven/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).header("Content-Type", "application/json;charset=UTF-8").extract().asString();
        Map<String, Double> na = Cachetellingen.van("weergaven");
        assertEquals(eerste, tweede);
        assertEquals(1, na.get("miss") - voor.get("miss"), "the first read loads the initiatief");
        assertEquals(1, na.get("hit") - voor.get("hit"), "the second read is the kept answer");
        // A kept answer still answers a conditional GET.
        api(Aanroeper.raadpleger(gemeente)).header("If-None-Match", "\"0\"").get("/initiatieven/" + id).then()
                .statusCode(304);
    }

    @Test
    void theAnswerFollowsEveryWriteOfTheKernenAndTheKernambtenaarItShows() {
        String gemeente = TestData.nieuweGemeente();
        String aalst = TestData.nieuweKern(gemeente, "Aalst");
        String zoelen = TestData.nieuweKern(gemeente, "Zoelen");
        Map<String, Object> ambtenaar = new HashMap<>(Map.of("naam", "Eva Mulder", "email", "eva@buren.example",
                "gemeente", gemeente, "kernIds", List.of(zoelen)));
        String kernambtenaar = api().body(ambtenaar).post("/kernambtenaren").then().statusCode(201).extract().path("id");
        Map<String, Object> body = InitiatiefData.initiatief(gemeente, "Jeu de boules-baan", List.of(zoelen, aalst));
        body.put("vasteContactpersoon", Map.of("kernambtenaarId", kernambtenaar));
        String id = api(Aanroeper.medewerker(gemeente)).body(body).post("/initiatieven").then().statusCode(201)
                .extract().path("id");
        api(Aanroeper.raadpleger(gemeente)).get("/initiatieven/" + id).then().statusCode(200)
                .body("kernIds", contains(aalst, zoelen)).body("vasteContactpersoon.email", equalTo("eva@buren.example"));

        // kernIds are ordered by the kernen's names: renaming one reorders them.
        api().header("If-Match", "\"0\"").body(Map.of("naam", "Zuilichem", "gemeente", gemeente)).put("/kernen/" + aalst)
                .then().statusCode(200);
        api(Aanroeper.raadpleger(gemeente)).header("If-None-Match", "\"0\"").get("/initiatieven/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("kernIds", contains(zoelen, aalst));
        // A change based on the answer before the rename is refused, as for any change of what the answer shows;
        // the new ETag is accepted.
        Map<String, Object> wijziging = new HashMap<>(body);
        wijziging.remove("gemeente");
        wijziging.put("titel", "Jeu de boules-baan bij de kerk");
        api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"0\"").body(wijziging).put("/initiatieven/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"1\"").body(wijziging).put("/initiatieven/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"2\""));

        ambtenaar.put("email", "e.mulder@buren.example");
        api().header("If-Match", "\"0\"").body(ambtenaar).put("/kernambtenaren/" + kernambtenaar).then().statusCode(200);
        api(Aanroeper.raadpleger(gemeente)).get("/initiatieven/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"3\"")).body("vasteContactpersoon.email", equalTo("e.mulder@buren.example"));

        api().post("/kernambtenaren/" + kernambtenaar + "/_wissen").then().statusCode(200);
        api(Aanroeper.raadpleger(gemeente)).get("/initiatieven/" + id).then().statusCode(200).header("ETag", equalTo("\"4\""))
                .body("vasteContactpersoon.naam", equalTo(Gewist.NAAM))
                .body("vasteContactpersoon.email", equalTo(Gewist.EMAIL));

        api().post("/initiatieven/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"5\""));
        api(Aanroeper.raadpleger(gemeente)).get("/initiatieven/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"5\"")).body("initiatiefnemer.naam", equalTo(Gewist.NAAM));
        api().get("/initiatieven/00000000-0000-0000-0000-000000000001").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo(
                        "Initiatief 00000000-0000-0000-0000-000000000001 bestaat niet."));
    }
}
