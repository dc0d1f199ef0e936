package nl.participatiesuite.apirules.test;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Base of every REST test of every service: requests to /api/v1 whose responses are checked against
 * the service's committed contract (requests are not: the error tests send invalid ones on purpose).
 * A service's own {@code ApiTest} extends this and names its test resources (database, stub peers).
 */
public abstract class ContractRequests {

    /** Tests run in the service's module folder: its committed contract. */
    public static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");

    /** A safety net, not a timing assertion: no request in these tests may hang the build. */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig()
            .setParam("http.connection.timeout", 10_000)
            .setParam("http.socket.timeout", 20_000));

    private static final OpenApiValidationFilter CONTRACT_VALIDATION = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withBasePathOverride("/api/v1")
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private static final GeenNullWaarden GEEN_NULL = new GeenNullWaarden();
    /** The committed contract, read once when first needed, for the filters below. */
    private static final ContractOperaties OPERATIES = new ContractOperaties(CONTRACT);
    private static final DocumentedHeaders DOCUMENTED_HEADERS = new DocumentedHeaders(OPERATIES);
    private static final GedocumenteerdeProbleemtypen PROBLEEMTYPEN = new GedocumenteerdeProbleemtypen(OPERATIES);
    private static final Voorbeeldopname VOORBEELDEN = new Voorbeeldopname(OPERATIES);

    /**
     * A request to /api/v1 whose response must match the contract (its body, and its headers: {@link DocumentedHeaders})
     * and holds no null ({@link GeenNullWaarden}), as the beheerder of the gemeente the test
     * works in ({@link Aanroeper#werkIn}).
     */
    public static RequestSpecification api() {
        return api(Aanroeper.standaard());
    }

    /** The same as this caller: a person of a gemeente in a role, or {@link Aanroeper#ANONIEM}. */
    public static RequestSpecification api(Aanroeper aanroeper) {
        return als(aanroeper, given().config(BOUNDED).filter(CONTRACT_VALIDATION).filter(DOCUMENTED_HEADERS).filter(GEEN_NULL)
                .filter(PROBLEEMTYPEN).filter(VOORBEELDEN)
                .basePath("/api/v1")
                .contentType(ContentType.JSON));
    }

    /**
     * A request outside the contract (unknown paths, raw bodies): still checked for problem+json by the test, and its
     * problem type for being listed in the contract.
     */
    public static RequestSpecification raw() {
        return raw(Aanroeper.standaard());
    }

    public static RequestSpecification raw(Aanroeper aanroeper) {
        return als(aanroeper, given().config(BOUNDED).filter(PROBLEEMTYPEN).basePath("/api/v1"));
    }

    private static RequestSpecification als(Aanroeper aanroeper, RequestSpecification request) {
        return aanroeper.isAnoniem() ? request : request.header("Authorization", "Bearer " + aanroeper.token());
    }

    /**
     * Readiness waits for the hook of {@code InvalidRequests}, installed just after the servers start:
     * polled with a deadline, not a sleep. The caller asserts what it needs afterwards.
     */
    public static void awaitReadiness() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (given().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** The contract's response validation, for a stub peer's canned answers. */
    public static OpenApiValidationFilter contractValidation() {
        return CONTRACT_VALIDATION;
    }
}
