package nl.participatiesuite.assessment.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of every REST test: one application start on a real PostgreSQL with stub peers, and every response
 * checked against the committed contract (requests are not: the error tests send invalid ones on purpose).
 * After each test the peers answer normally again and every circuit breaker is closed, so a test that made a
 * peer fail leaves nothing behind.
 */
@QuarkusTestResource(TestOmgeving.class)
public abstract class ApiTest {

    public static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");

    /** A safety net, not a timing assertion: no request in these tests may hang the build. */
    private static final RestAssuredConfig BEGRENSD = RestAssuredConfig.config().httpClient(HttpClientConfig
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

    /** A request to /api/v1 whose response must match the contract. */
    protected static RequestSpecification api() {
        return given().config(BEGRENSD).filter(CONTRACT_VALIDATION).basePath("/api/v1").contentType(ContentType.JSON);
    }

    /** A request outside the contract (unknown paths, raw bodies): still checked for problem+json by the test. */
    protected static RequestSpecification raw() {
        return given().config(BEGRENSD).basePath("/api/v1");
    }

    @AfterEach
    void peersWeerNormaal() {
        PeerStub.normaal();
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
    }
}
