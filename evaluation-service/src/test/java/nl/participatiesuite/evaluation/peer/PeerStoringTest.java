package nl.participatiesuite.evaluation.peer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The peers fail: a report is never attached to an initiatief nobody can verify (registry: 503,
 * nothing stored), but a missing planned level never stops a report (assessment: saved, marked).
 * Bound: one retry after a 700 ms timeout is about 1.5 s; the tests allow 3 s for a busy machine.
 */
@QuarkusTest
class PeerStoringTest extends ApiTest {

    private static final long BOUND_MS = 3000;
    private static final Duration LANGER_DAN_DE_TIMEOUT = Duration.ofSeconds(3);

    @Inject
    CircuitBreakerMaintenance circuits;

    @Test
    void registryDownGives503AndStoresNothing() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Register plat");
        PeerStubs.REGISTRY.plat();
        api().body(TestData.verslag(initiatief)).post("/evaluaties").then()
                .time(lessThan(BOUND_MS), TimeUnit.MILLISECONDS)
                .statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).body("title", equalTo("Register onbereikbaar"))
                .body("detail", containsString("niets opgeslagen"));
        PeerStubs.REGISTRY.herstel();
        api().queryParam("initiatief", initiatief.toString()).get("/evaluaties").then().body("totalItems", equalTo(0));
    }

    @Test
    void registryTooSlowGives503WithinTheBoundAndStoresNothing() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Register traag");
        PeerStubs.REGISTRY.traag(LANGER_DAN_DE_TIMEOUT);
        api().body(TestData.verslag(initiatief)).post("/evaluaties").then()
                .time(lessThan(BOUND_MS), TimeUnit.MILLISECONDS)
                .statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
        PeerStubs.REGISTRY.herstel();
        api().queryParam("initiatief", initiatief.toString()).get("/evaluaties").then().body("totalItems", equalTo(0));
    }

    @Test
    void aRegistryThatKeepsFailingOpensTheCircuitSoCallersFailFast() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Circuit");
        PeerStubs.REGISTRY.plat();
        for (int i = 0; i < 2; i++) {
            api().body(TestData.verslag(initiatief)).post("/evaluaties").then().statusCode(503);
        }
        assertEquals(CircuitBreakerState.OPEN, circuits.currentState(Register.CIRCUIT));

        // Back up, but the circuit is still open: the registry is not even asked.
        PeerStubs.REGISTRY.herstel();
        int calls = PeerStubs.REGISTRY.aanroepen();
        api().body(TestData.verslag(initiatief)).post("/evaluaties").then()
                .time(lessThan(BOUND_MS), TimeUnit.MILLISECONDS).statusCode(503);
        assertEquals(calls, PeerStubs.REGISTRY.aanroepen());

        circuits.reset(Register.CIRCUIT);
        api().body(TestData.verslag(initiatief)).post("/evaluaties").then().statusCode(201);
    }

    @Test
    void anUnknownInitiatiefDoesNotCountAsARegistryFailure() {
        for (int i = 0; i < 5; i++) {
            api().body(TestData.verslag(UUID.randomUUID())).post("/evaluaties").then().statusCode(400);
        }
        assertEquals(CircuitBreakerState.CLOSED, circuits.currentState(Register.CIRCUIT));
    }

    @Test
    void assessmentDownStillSavesTheReportMarkedUnavailable() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Assessment plat");
        PeerStubs.beoordeling(initiatief, "ADVISEREN");
        PeerStubs.ASSESSMENT.plat();
        String id = api().body(TestData.verslag(initiatief)).post("/evaluaties").then()
                .time(lessThan(BOUND_MS), TimeUnit.MILLISECONDS)
                .statusCode(201)
                .body("participatiebelofte.bron", equalTo("ASSESSMENT_ONBEREIKBAAR"))
                .body("participatiebelofte.geplandNiveau", nullValue())
                .body("participatiebelofte.toelichting", containsString("Assessment onbereikbaar"))
                .body("signaleringen.code", hasItem("ASSESSMENT_ONBEREIKBAAR"))
                .extract().path("id");
        api().get("/evaluaties/" + id).then().statusCode(200).body("participatiebelofte.bron", equalTo("ASSESSMENT_ONBEREIKBAAR"));
    }

    @Test
    void assessmentTooSlowStillSavesTheReportWithinTheBound() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Assessment traag");
        PeerStubs.beoordeling(initiatief, "ADVISEREN");
        PeerStubs.ASSESSMENT.traag(LANGER_DAN_DE_TIMEOUT);
        api().body(TestData.verslag(initiatief)).post("/evaluaties").then()
                .time(lessThan(BOUND_MS), TimeUnit.MILLISECONDS)
                .statusCode(201)
                .body("participatiebelofte.bron", equalTo("ASSESSMENT_ONBEREIKBAAR"));
    }

    @Test
    void aLevelAlreadyTakenFromABeoordelingSurvivesAnUnreachableAssessmentOnUpdate() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Eerder opgehaald");
        PeerStubs.beoordeling(initiatief, "ADVISEREN");
        String id = TestData.nieuwVerslag(TestData.verslag(initiatief));
        PeerStubs.ASSESSMENT.plat();
        Map<String, Object> body = TestData.verslag(initiatief);
        body.put("gerealiseerdNiveau", "ADVISEREN");
        api().header("If-Match", "\"0\"").body(body).put("/evaluaties/" + id).then().statusCode(200)
                .body("participatiebelofte.bron", equalTo("BEOORDELING"))
                .body("participatiebelofte.geplandNiveau", equalTo("ADVISEREN"))
                .body("participatiebelofte.belofteNagekomen", equalTo(true));
    }

    @Test
    void theRegistryIsNotNeededToChangeAReport() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Al geverifieerd");
        String id = TestData.nieuwVerslag(TestData.verslag(initiatief));
        PeerStubs.REGISTRY.plat();
        api().header("If-Match", "\"0\"").body(TestData.verslag(initiatief)).put("/evaluaties/" + id).then()
                .statusCode(200);
    }
}
