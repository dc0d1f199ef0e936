package nl.participatiesuite.evaluation.peer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.StubPeer;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.DoorgegevenTokens;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The peers are asked with the caller's own token, and a peer that refuses it (401) or the caller (403) gives the
 * same answer as a peer that is down: registry 503 with nothing stored, assessment a report saved and marked. A
 * refusal is no failure of the peer: it is not retried and does not open the circuit for everyone else.
 */
@QuarkusTest
class PeerWeigeringTest extends ApiTest {

    @Inject
    CircuitBreakerMaintenance circuits;

    @Test
    void thePeersAreAskedWithTheCallersOwnToken() {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Doorgeven");
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        DoorgegevenTokens.vergeet();
        TestData.nieuwVerslag(medewerker, TestData.verslag(initiatief));
        List<DoorgegevenTokens.Aanroep> aanroepen = DoorgegevenTokens.aanroepen();
        assertTrue(aanroepen.stream().anyMatch(a -> a.pad().equals("/api/v1/initiatieven/" + initiatief)), aanroepen.toString());
        assertTrue(aanroepen.stream().anyMatch(a -> a.pad().equals("/api/v1/beoordelingen")), aanroepen.toString());
        for (DoorgegevenTokens.Aanroep aanroep : aanroepen) {
            assertEquals("Bearer " + medewerker.token(), aanroep.authorization(), aanroep.pad());
        }
    }

    @ParameterizedTest(name = "registry answers {0}")
    @ValueSource(ints = {401, 403})
    void aRegistryThatRefusesTheCallerIsUnreachable503AndNothingIsStored(int status) {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Register weigert");
        PeerStubs.weiger(PeerStubs.REGISTRY, status);
        int calls = PeerStubs.REGISTRY.aanroepen();
        for (int i = 0; i < 3; i++) {
            api(Aanroeper.medewerker(gemeente)).body(TestData.verslag(initiatief)).post("/evaluaties").then()
                    .statusCode(503).contentType("application/problem+json")
                    .body("title", equalTo("Register onbereikbaar"))
                    .body("detail", containsString("niets opgeslagen"));
        }
        assertEquals(calls + 3, PeerStubs.REGISTRY.aanroepen(), "a refusal is not retried");
        assertEquals(CircuitBreakerState.CLOSED, circuits.currentState(Register.CIRCUIT), "a refusal is no failure");
        alleenOngedocumenteerdeWeigeringen(PeerStubs.REGISTRY, status);
        PeerStubs.weigerNiets();
        api(Aanroeper.raadpleger(gemeente)).queryParam("initiatief", initiatief.toString()).get("/evaluaties").then()
                .statusCode(200).body("totalItems", equalTo(0));
        api(Aanroeper.medewerker(gemeente)).body(TestData.verslag(initiatief)).post("/evaluaties").then().statusCode(201);
    }

    @ParameterizedTest(name = "assessment answers {0}")
    @ValueSource(ints = {401, 403})
    void anAssessmentThatRefusesTheCallerIsUnreachableAndTheReportIsSavedMarked(int status) {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Assessment weigert");
        PeerStubs.beoordeling(initiatief, "ADVISEREN");
        PeerStubs.weiger(PeerStubs.ASSESSMENT, status);
        int calls = PeerStubs.ASSESSMENT.aanroepen();
        String id = api(Aanroeper.medewerker(gemeente)).body(TestData.verslag(initiatief)).post("/evaluaties").then()
                .statusCode(201)
                .body("participatiebelofte.bron", equalTo("ASSESSMENT_ONBEREIKBAAR"))
                .body("participatiebelofte.toelichting", containsString("Assessment onbereikbaar"))
                .body("signaleringen.code", hasItem("ASSESSMENT_ONBEREIKBAAR"))
                .extract().path("id");
        assertEquals(calls + 1, PeerStubs.ASSESSMENT.aanroepen(), "a refusal is not retried");
        assertEquals(CircuitBreakerState.CLOSED, circuits.currentState(Assessment.CIRCUIT), "a refusal is no failure");
        alleenOngedocumenteerdeWeigeringen(PeerStubs.ASSESSMENT, status);
        api(Aanroeper.raadpleger(gemeente)).get("/evaluaties/" + id).then().statusCode(200)
                .body("participatiebelofte.bron", equalTo("ASSESSMENT_ONBEREIKBAAR"));
    }

    /**
     * The peers' committed contracts on this branch predate their own security work and may not list this
     * refusal yet (an undocumented status); any other contract violation of the stub still fails the test.
     */
    private static void alleenOngedocumenteerdeWeigeringen(StubPeer peer, int status) {
        List<String> anders = peer.contractViolations().stream()
                .filter(v -> !(v.contains(" " + status + ": ") && v.contains("Response status " + status + " not defined")))
                .toList();
        assertEquals(List.of(), anders, "a stub peer answered what its contract does not allow");
        peer.clearContractViolations();
    }
}
