package nl.participatiesuite.registry.gemeente;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GemeenteResourceTest extends ApiTest {

    @Test
    void registersAGemeenteWithLocationAndEtag() {
        String code = TestData.nieuweCode();
        Aanroeper beheerder = Aanroeper.beheerder(code);
        api(beheerder).body(Map.of("code", code, "naam", "Buren")).post("/gemeenten").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/gemeenten/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code)).body("naam", equalTo("Buren"));
        api(Aanroeper.raadpleger(code)).get("/gemeenten/" + code).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("naam", equalTo("Buren"));
    }

    /** A gemeente is registered by its own beheerder only: the token names the gemeente it acts for. */
    @Test
    void onlyTheGemeentesOwnBeheerderRegistersAndRenamesIt() {
        String code = TestData.nieuweCode();
        api(Aanroeper.beheerder("GM0998")).body(Map.of("code", code, "naam", "Elders")).post("/gemeenten").then()
                .statusCode(403).contentType("application/problem+json").body("type", endsWith("/andere-gemeente"));
        api(Aanroeper.medewerker(code)).body(Map.of("code", code, "naam", "Elders")).post("/gemeenten").then()
                .statusCode(403);
        api(Aanroeper.ANONIEM).body(Map.of("code", code, "naam", "Elders")).post("/gemeenten").then().statusCode(401);
        api(Aanroeper.raadpleger(code)).get("/gemeenten/" + code).then().statusCode(404);
        String gemeente = TestData.nieuweGemeente();
        api(Aanroeper.beheerder("GM0998")).header("If-Match", "\"0\"").body(Map.of("naam", "Overgenomen"))
                .put("/gemeenten/" + gemeente).then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/gemeenten/" + gemeente).then().statusCode(403);
        api().get("/gemeenten/" + gemeente).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("naam", equalTo("Testgemeente " + gemeente));
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
        api(Aanroeper.raadpleger("GM9999")).get("/gemeenten/GM9999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("GM9999"));
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
        api(Aanroeper.beheerder("GM9998")).header("If-Match", "\"1\"").body(Map.of("naam", "X")).put("/gemeenten/GM9998")
                .then().statusCode(404);
    }

    /** A raadpleger reads the own gemeente only (domain.md §4): the list holds that one, paged like every list. */
    @Test
    void listShowsTheOwnGemeentePagedWithLinks() {
        String a = TestData.nieuweGemeente();
        String b = TestData.andereGemeente();
        Aanroeper raadpleger = Aanroeper.raadpleger(a);
        api(raadpleger).queryParam("q", "testgemeente").queryParam("pageSize", 1)
                .get("/gemeenten").then().statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .header("Link", containsString("rel=\"last\""))
                .header("X-Total-Count", "1")
                .body("items", hasSize(1)).body("items[0].code", equalTo(a))
                .body("page", equalTo(1)).body("pageSize", equalTo(1));
        api(raadpleger).queryParam("q", "testgemeente").queryParam("pageSize", 1).queryParam("page", 2)
                .get("/gemeenten").then().statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .body("items", hasSize(0)).body("page", equalTo(2));
        api(raadpleger).queryParam("q", a).get("/gemeenten").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].code", equalTo(a));
        api(raadpleger).queryParam("q", b).get("/gemeenten").then().statusCode(200).body("totalItems", equalTo(0));
        api(Aanroeper.raadpleger(b)).get("/gemeenten").then().statusCode(200).body("items.code", contains(b));
        api().queryParam("pageSize", 101).get("/gemeenten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("pageSize"));
    }
}
