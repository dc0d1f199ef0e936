package nl.participatiesuite.registry.gemeente;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GemeenteResourceTest extends ApiTest {

    @Test
    void registersAGemeenteWithLocationAndEtag() {
        api().body(Map.of("code", "GM0214", "naam", "Buren")).post("/gemeenten").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/gemeenten/GM0214"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("GM0214")).body("naam", equalTo("Buren"));
        api().get("/gemeenten/GM0214").then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("naam", equalTo("Buren"));
    }

    @Test
    void aSecondRegistrationIsAConflict() {
        String code = TestData.nieuweGemeente();
        api().body(Map.of("code", code, "naam", "Nog eens")).post("/gemeenten").then()
                .statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void invalidInputListsEveryField() {
        api().body(Map.of("code", "0214", "naam", " ")).post("/gemeenten").then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams", hasSize(2))
                .body("invalidParams.name", hasItems("code", "naam"))
                .body("invalidParams.code", hasItems("pattern", "required"));
        api().get("/gemeenten").then().body("items.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("0214")));
    }

    @Test
    void missingBodyIsInvalidInput() {
        api().post("/gemeenten").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownGemeenteIsNotFound() {
        api().get("/gemeenten/GM9999").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("GM9999"));
    }

    @Test
    void renameNeedsTheCurrentVersion() {
        String code = TestData.nieuweGemeente();
        api().body(Map.of("naam", "Nieuw")).put("/gemeenten/" + code).then()
                .statusCode(428).contentType("application/problem+json").body("status", equalTo(428));
        api().header("If-Match", "\"7\"").body(Map.of("naam", "Nieuw")).put("/gemeenten/" + code).then()
                .statusCode(412).contentType("application/problem+json");
        // If-Match compares strongly (RFC 9110): a weak tag never matches.
        api().header("If-Match", "W/\"0\"").body(Map.of("naam", "Nieuw")).put("/gemeenten/" + code).then()
                .statusCode(412);
        api().header("If-Match", "\"0\"").body(Map.of("naam", "Nieuw")).put("/gemeenten/" + code).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("naam", equalTo("Nieuw"));
        // The first writer won; a second writer with the old ETag is refused, nothing is overwritten.
        api().header("If-Match", "\"0\"").body(Map.of("naam", "Anders")).put("/gemeenten/" + code).then()
                .statusCode(412);
        api().get("/gemeenten/" + code).then().body("naam", equalTo("Nieuw"));
        api().header("If-Match", "\"1\"").body(Map.of("naam", "")).put("/gemeenten/" + code).then()
                .statusCode(400).body("invalidParams[0].name", equalTo("naam"));
        api().header("If-Match", "\"1\"").body(Map.of("naam", "X")).put("/gemeenten/GM9998").then()
                .statusCode(404);
    }

    @Test
    void listIsPagedWithLinks() {
        String a = TestData.nieuweGemeente();
        TestData.nieuweGemeente();
        api().queryParam("q", "testgemeente").queryParam("pageSize", 1).queryParam("page", 2)
                .get("/gemeenten").then().statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("rel=\"last\""))
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .body("items", hasSize(1)).body("page", equalTo(2)).body("pageSize", equalTo(1));
        api().queryParam("q", a).get("/gemeenten").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].code", equalTo(a));
        api().queryParam("pageSize", 101).get("/gemeenten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("pageSize"));
    }
}
