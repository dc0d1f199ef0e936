package nl.participatiesuite.apirules.test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * The NL API Design Rules a linter cannot see, checked on each running service. A service names a
 * collection it serves and a body with one field of the wrong type; the rules are the same everywhere.
 */
public abstract class NlApiRulesTest extends ContractRequests {

    /** A collection that answers GET, e.g. {@code /kernen}. */
    protected abstract String collection();

    /** A collection that takes POST, e.g. {@code /kernen}. */
    protected abstract String writableCollection();

    /** A JSON body for {@link #writableCollection()} with {@link #fieldWithWrongType()} of the wrong type. */
    protected abstract String bodyWithWrongType();

    protected abstract String fieldWithWrongType();

    @Test
    void everyResponseCarriesTheApiVersion() {
        api().get(collection()).then().statusCode(200).header("API-Version", matchesPattern("\\d+\\.\\d+\\.\\d+"));
        raw().get("/bestaat-niet").then().statusCode(404).header("API-Version", matchesPattern("\\d+\\.\\d+\\.\\d+"));
    }

    /** ADR /core/transport/security-headers, on data, on errors and on paths nobody serves. */
    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (var response : java.util.List.of(api().get(collection()).then().statusCode(200),
                raw().get("/bestaat-niet").then().statusCode(404),
                raw().contentType("application/json").body("{").post(writableCollection()).then().statusCode(400))) {
            response.header("Cache-Control", equalTo("no-store"))
                    .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                    .header("Strict-Transport-Security", startsWith("max-age="))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"));
        }
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

    /** The API data only for the front-ends the environment names (the test profile names one). */
    @Test
    void corsOnlyForTheAllowedOrigins() {
        String voorkant = "https://voorkant.gemeente.example";
        raw().header("Origin", voorkant).get(collection()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(voorkant))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Origin"));
        raw().header("Origin", "https://kwaadwillend.example").get(collection()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        raw(Aanroeper.ANONIEM).header("Origin", voorkant).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, if-match").options(collection()).then()
                .statusCode(204).header("Access-Control-Allow-Origin", equalTo(voorkant))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        raw(Aanroeper.ANONIEM).header("Origin", "https://kwaadwillend.example").header("Access-Control-Request-Method", "PUT")
                .options(collection()).then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void swaggerUiIsIncluded() {
        raw().redirects().follow(true).get("/docs").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void trailingSlashIsNotFound() {
        raw().get(collection() + "/").then().statusCode(404)
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
        raw().delete(collection()).then().statusCode(405).contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void unsupportedMediaTypeIsProblemJson() {
        raw().contentType("text/plain").body("tekst").post(writableCollection()).then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void malformedJsonIsProblemJsonWithoutInternals() {
        raw().contentType("application/json").body("{\"naam\":").post(writableCollection()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongTypeNamesTheField() {
        raw().contentType("application/json").body(bodyWithWrongType())
                .post(writableCollection()).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(fieldWithWrongType()))
                .body("invalidParams.code", hasItem("type"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unconvertibleQueryValueIsInvalidInputNamingTheParameter() {
        raw().get(collection() + "?page=abc").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("page"));
    }

    @Test
    void aPageBeyondTheBoundIsInvalidInputNotAnOverflow() {
        api().queryParam("page", 200_000_000).get(collection()).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("page"));
    }

    @Test
    void healthAndMetricsAreUp() {
        awaitReadiness();
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("problem+json voor onleesbare verzoeken"));
        RestAssured.given().get("/q/metrics").then().statusCode(200);
    }
}
