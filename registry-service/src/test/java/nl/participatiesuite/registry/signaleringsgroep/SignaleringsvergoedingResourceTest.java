package nl.participatiesuite.registry.signaleringsgroep;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignaleringsvergoedingResourceTest extends ApiTest {

    private static RequestSpecification apiMetDecimalen() {
        return api().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    @Test
    void createsWithoutIfMatchAndChangesOnlyWithIt() {
        String gemeente = TestData.nieuweGemeente();
        String pad = "/signaleringsvergoedingen/" + gemeente + "/2024";
        apiMetDecimalen().body(Map.of("bedrag", 250)).put(pad).then().statusCode(201)
                .header("Location", endsWith("/api/v1" + pad)).header("ETag", equalTo("\"0\""))
                .body("gemeente", equalTo(gemeente)).body("jaar", equalTo(2024))
                .body("bedrag", equalTo(new BigDecimal("250.00")));
        api().body(Map.of("bedrag", 275)).put(pad).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"1\"").body(Map.of("bedrag", 275)).put(pad).then().statusCode(412);
        apiMetDecimalen().header("If-Match", "\"0\"").body(Map.of("bedrag", new BigDecimal("275.5"))).put(pad).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("bedrag", equalTo(new BigDecimal("275.50")));
        apiMetDecimalen().get(pad).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("bedrag", equalTo(new BigDecimal("275.50")));
    }

    @Test
    void anIfMatchOnAYearWithoutAmountCannotMatch() {
        String gemeente = TestData.nieuweGemeente();
        api().header("If-Match", "\"0\"").body(Map.of("bedrag", 250)).put("/signaleringsvergoedingen/" + gemeente + "/2024")
                .then().statusCode(412);
        api().get("/signaleringsvergoedingen/" + gemeente + "/2024").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void invalidInputListsEveryField() {
        String gemeente = TestData.nieuweGemeente();
        api().body(Map.of("bedrag", new BigDecimal("-1.234"))).put("/signaleringsvergoedingen/" + gemeente + "/1999").then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("bedrag", "bedrag", "jaar"))
                .body("invalidParams.code", containsInAnyOrder("min", "format", "min"));
        api().body(Map.of()).put("/signaleringsvergoedingen/" + gemeente + "/2024").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("required"));
        api().get("/signaleringsvergoedingen/" + gemeente + "/2024").then().statusCode(404);
    }

    @Test
    void unknownGemeenteIsNotFoundAndAnotherGemeenteIsRefused() {
        // A beheerder of a gemeente that is not registered is told so; anyone else may not write there at all.
        api(Aanroeper.beheerder("GM9994")).body(Map.of("bedrag", 250)).put("/signaleringsvergoedingen/GM9994/2024").then()
                .statusCode(404).contentType("application/problem+json");
        api().body(Map.of("bedrag", 250)).put("/signaleringsvergoedingen/GM9994/2024").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void listIsOrderedByGemeenteAndYear() {
        String gemeente = TestData.nieuweGemeente();
        for (int jaar : new int[] {2025, 2023, 2024}) {
            api().body(Map.of("bedrag", 200 + jaar - 2023)).put("/signaleringsvergoedingen/" + gemeente + "/" + jaar)
                    .then().statusCode(201);
        }
        api().queryParam("gemeente", gemeente).get("/signaleringsvergoedingen").then().statusCode(200)
                .header("X-Total-Count", "3").body("items.jaar", contains(2023, 2024, 2025));
        api().queryParam("gemeente", "buren").get("/signaleringsvergoedingen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("gemeente"));
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        String gemeente = TestData.nieuweGemeente();
        String pad = "/signaleringsvergoedingen/" + gemeente + "/2022";
        api().body(Map.of("bedrag", 250)).put(pad).then().statusCode(201);
        api().delete(pad).then().statusCode(428);
        api().header("If-Match", "\"4\"").delete(pad).then().statusCode(412);
        api().header("If-Match", "\"0\"").delete(pad).then().statusCode(204);
        api().get(pad).then().statusCode(404);
    }
}
