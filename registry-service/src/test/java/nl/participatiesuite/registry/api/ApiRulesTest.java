package nl.participatiesuite.registry.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.registry.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The NL API Design Rules a linter cannot see, checked on the running service. */
@QuarkusTest
class ApiRulesTest extends ApiTest {

    @Test
    void everyResponseCarriesTheApiVersion() {
        api().get("/kernen").then().statusCode(200).header("API-Version", matchesPattern("\\d+\\.\\d+\\.\\d+"));
        raw().get("/bestaat-niet").then().statusCode(404).header("API-Version", matchesPattern("\\d+\\.\\d+\\.\\d+"));
    }

    @Test
    void openApiDocumentIsPublishedWithCorsForEveryone() {
        raw().header("Origin", "https://example.org").get("/openapi.json").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("openapi", startsWith("3."))
                .body("info.contact.email", not(nullValue()))
                .body("servers[0].url", startsWith("https://"))
                .body("servers[0].url", containsString("/api/v1"));
        raw().get("/openapi.yaml").then().statusCode(200).header("Access-Control-Allow-Origin", "*")
                .body(containsString("openapi:"));
    }

    @Test
    void swaggerUiIsIncluded() {
        raw().redirects().follow(true).get("/docs").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void trailingSlashIsNotFound() {
        raw().get("/kernen/").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void unknownPathIsProblemJson() {
        raw().get("/bestaat-niet").then().statusCode(404).contentType("application/problem+json")
                .body("type", startsWith("https://")).body("title", equalTo("Niet gevonden"))
                .body("status", equalTo(404)).body("detail", not(nullValue()))
                .body("instance", equalTo("/api/v1/bestaat-niet"));
    }

    @Test
    void unsupportedMethodIsProblemJson() {
        raw().patch("/kernen").then().statusCode(405).contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void unsupportedMediaTypeIsProblemJson() {
        raw().contentType("text/plain").body("naam").post("/kernen").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void malformedJsonIsProblemJsonWithoutInternals() {
        raw().contentType("application/json").body("{\"naam\":").post("/kernen").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Ongeldig verzoek")).body("status", equalTo(400))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongTypeNamesTheField() {
        raw().contentType("application/json").body("{\"naam\":\"X\",\"gemeente\":\"GM0001\",\"inwonertal\":\"veel\"}")
                .post("/kernen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("inwonertal"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unconvertibleQueryValueIsInvalidInputNamingTheParameter() {
        raw().get("/kernen?page=abc").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("page"));
        raw().get("/leefbaarheidsbudgetten?jaar=20x5").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("jaar"));
        raw().get("/kernen/geen-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPageBeyondTheBoundIsInvalidInputNotAnOverflow() {
        api().queryParam("page", 200_000_000).get("/kernen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("page"));
    }

    /** pageSize 1 makes every list count its total through the bounded identifier count. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/gemeenten", "/kernen", "/kernambtenaren",
            "/dorpsbelangenorganisaties", "/signaleringsgroepen", "/signaleringsvergoedingen", "/inflatiecijfers",
            "/initiatieven", "/leefbaarheidsbudgetten", "/incidentele-ondersteuningen"})
    void everyCollectionCountsItsTotal(String collection) {
        api().queryParam("pageSize", 1).get(collection).then().statusCode(200)
                .body("totalItemsExact", equalTo(true))
                .body("pageSize", equalTo(1));
    }

    @Test
    void healthAndMetricsAreUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
