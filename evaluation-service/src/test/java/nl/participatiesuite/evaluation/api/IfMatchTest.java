package nl.participatiesuite.evaluation.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code If-Match: *} ("whatever is there now") is exactly the lost update If-Match prevents: every PUT
 * and DELETE answers 428 as without the header, and nothing changes.
 */
@QuarkusTest
class IfMatchTest extends ApiTest {

    @Test
    void aStellingIsNotChangedWithIfMatchStar() {
        String gemeente = TestData.nieuweGemeente();
        String stelling = stelling(gemeente);
        vereistVersie(api().header("If-Match", "*")
                .body(Map.of("gemeente", gemeente, "nummer", 2, "tekst", "Gewijzigd", "eenheid", "PERCENTAGE"))
                .put("/stellingen/" + stelling));
        api().get("/stellingen/" + stelling).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("nummer", equalTo(1)).body("tekst", equalTo("Oorspronkelijk"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"metingen, 2019", "doelen, 2023"})
    void aMetingOrDoelIsNeitherChangedNorDeletedWithIfMatchStar(String soort, int jaar) {
        String lijst = "/stellingen/" + stelling(TestData.nieuweGemeente()) + "/" + soort;
        String id = api().body(Map.of("jaar", jaar, "waarde", 16.0)).post(lijst).then().statusCode(201).extract().path("id");
        vereistVersie(api().header("If-Match", "*").body(Map.of("jaar", jaar, "waarde", 40.0)).put(lijst + "/" + id));
        vereistVersie(api().header("If-Match", "*").delete(lijst + "/" + id));
        api().get(lijst).then().statusCode(200).body("items.id", contains(id)).body("items.waarde", contains(16.0f));
    }

    @Test
    void anEvaluatieIsNotChangedWithIfMatchStar() {
        Map<String, Object> verslag = TestData.verslag(PeerStubs.initiatief(TestData.nieuweGemeente(), "Ster"));
        String id = TestData.nieuwVerslag(verslag);
        verslag.put("gerealiseerdNiveau", "MEEBESLISSEN");
        vereistVersie(api().header("If-Match", "*").body(verslag).put("/evaluaties/" + id));
        api().get("/evaluaties/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("gerealiseerdNiveau", equalTo("RAADPLEGEN"));
    }

    private static void vereistVersie(Response response) {
        response.then().statusCode(428).contentType("application/problem+json")
                .body("status", equalTo(428)).body("detail", equalTo(
                        "Stuur de ETag van de laatst gelezen versie mee in de If-Match-header (niet *)."));
    }

    private static String stelling(String gemeente) {
        return api().body(Map.of("gemeente", gemeente, "nummer", 1, "tekst", "Oorspronkelijk", "eenheid", "PERCENTAGE"))
                .post("/stellingen").then().statusCode(201).extract().path("id");
    }
}
