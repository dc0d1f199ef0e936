package nl.participatiesuite.assessment.peer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.StubPeer;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.PeerStubs;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * A peer that is down or slow makes only its part of the outcome unavailable: the beoordeling is still computed
 * and stored (domain.md §2 "Aanspreekpunt", §2 "Step 4"; conventions: never a hang, never a bare 500).
 */
@QuarkusTest
class PeerStoringTest extends ApiTest {

    @Inject
    KernregisterCache kernregister;

    @Test
    void registryPlatGeeftTochEenBeoordelingZonderAanspreekpunt() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        PeerStubs.REGISTRY.plat();
        zonderAanspreekpunt(api().body(TestData.sportveldjes(gemeente, kern)).post("/beoordelingen").then(), kern);
    }

    @Test
    void registryTraagGeeftTochEenBeoordelingZonderAanspreekpunt() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        zonderAanspreekpunt(zonderTeWachtenOp(PeerStubs.REGISTRY, TestData.sportveldjes(gemeente, kern)), kern);
    }

    @Test
    void evaluationPlatHoudtDeMatrixvolgorde() {
        String gemeente = metEffectiviteit();
        PeerStubs.EVALUATION.plat();
        matrixvolgorde(api().body(TestData.sportveldjes(gemeente)).post("/beoordelingen").then());
    }

    @Test
    void evaluationTraagHoudtDeMatrixvolgorde() {
        String gemeente = metEffectiviteit();
        matrixvolgorde(zonderTeWachtenOp(PeerStubs.EVALUATION, TestData.sportveldjes(gemeente)));
    }

    @Test
    void eenOpenCircuitVraagtHetRegisterNietMeer() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        PeerStubs.REGISTRY.plat();
        // The first beoordeling and one refresh, each a failed call and its retry: four failures open the circuit.
        api().body(TestData.sportveldjes(gemeente, kern)).post("/beoordelingen").then().statusCode(201)
                .body("kernGegevens.status", equalTo("ONBESCHIKBAAR"));
        kernregister.vernieuwKern(kern);

        // The registry answers again, but the open circuit does not ask it: the outcome still lacks the aanspreekpunt.
        PeerStubs.REGISTRY.herstel();
        int aanroepen = PeerStubs.REGISTRY.aanroepen();
        kernregister.vernieuwKern(kern);
        api().body(TestData.sportveldjes(gemeente, kern)).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.aanspreekpunt.status", equalTo("REGISTER_ONBEREIKBAAR"));
        assertEquals(aanroepen, PeerStubs.REGISTRY.aanroepen(), "het open circuit liet de aanroep toch door");

        // Once the circuit closes, the next refresh brings the aanspreekpunt back.
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
        kernregister.vernieuwKern(kern);
        api().body(TestData.sportveldjes(gemeente, kern)).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.aanspreekpunt.status", equalTo("KERNAMBTENAREN_BEKEND"))
                .body("uitkomst.aanspreekpunt.kern", equalTo("Maurik"))
                .body("kernGegevens.status", equalTo("ACTUEEL"));
    }

    /**
     * Makes the peer answer only after {@link PeerStubs#TRAAG} and posts the beoordeling. The peer must have been
     * asked, and the answer must have come before the peer's: a logical bound showing the service did not wait
     * for the peer (its timeout cut the call short), not a performance target.
     */
    private static ValidatableResponse zonderTeWachtenOp(StubPeer peer, Map<String, Object> beoordeling) {
        peer.traag(PeerStubs.TRAAG);
        int aanroepen = peer.aanroepen();
        long begin = System.nanoTime();
        ValidatableResponse antwoord = api().body(beoordeling).post("/beoordelingen").then();
        Duration duur = Duration.ofNanos(System.nanoTime() - begin);
        assertTrue(peer.aanroepen() > aanroepen, "de trage peer is niet gevraagd");
        assertTrue(duur.compareTo(PeerStubs.TRAAG) < 0,
                "de service wachtte op de trage peer: " + duur.toMillis() + " ms, de peer antwoordt pas na "
                        + PeerStubs.TRAAG.toMillis() + " ms");
        return antwoord;
    }

    private void zonderAanspreekpunt(ValidatableResponse antwoord, UUID kern) {
        String id = antwoord.statusCode(201)
                .body("kernId", equalTo(kern.toString()))
                .body("uitkomst.aanspreekpunt.beschikbaar", equalTo(false))
                .body("uitkomst.aanspreekpunt.status", equalTo("REGISTER_ONBEREIKBAAR"))
                .body("uitkomst.aanspreekpunt.onderbouwing[0].code", equalTo("REGISTER_ONBEREIKBAAR"))
                .body("uitkomst.stap3.niveau", equalTo("MEEDOEN"))
                .body("ladderniveau", equalTo("COPRODUCEREN"))
                .extract().path("id");
        api().get("/beoordelingen/" + id).then().statusCode(200)
                .body("uitkomst.aanspreekpunt.status", equalTo("REGISTER_ONBEREIKBAAR"));
    }

    /** A gemeente where Versnellingskamer worked best before: only a reachable evaluation-service puts it first. */
    private static String metEffectiviteit() {
        String gemeente = TestData.nieuweGemeente();
        PeerStubs.effectiviteit(gemeente, "DORP_WIJK", "Versnellingskamer", "4.50", 10);
        return gemeente;
    }

    private void matrixvolgorde(ValidatableResponse antwoord) {
        antwoord.statusCode(201)
                .body("uitkomst.stap4.volgordeOpEffectiviteit", equalTo(false))
                .body("uitkomst.stap4.werkvormen[0].naam", equalTo("Online atelier"))
                .body("uitkomst.stap4.onderbouwing.code", hasItem("EFFECTIVITEIT_ONBESCHIKBAAR"))
                .body("niveau", equalTo("MEEDOEN"));
    }
}
