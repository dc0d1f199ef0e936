package nl.participatiesuite.assessment.peer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.UUID;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.PeerStub;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * A peer that is down or slow makes only its part of the outcome unavailable: the beoordeling is still computed
 * and stored (domain.md §2 "Aanspreekpunt", §2 "Step 4"; conventions: never a hang, never a bare 500).
 */
@QuarkusTest
class PeerStoringTest extends ApiTest {

    @Test
    void registryPlatGeeftTochEenBeoordelingZonderAanspreekpunt() {
        PeerStub.registry(PeerStub.Gedrag.PLAT);
        zonderAanspreekpunt();
    }

    @Test
    void registryTraagGeeftTochEenBeoordelingZonderAanspreekpunt() {
        PeerStub.registry(PeerStub.Gedrag.TRAAG);
        zonderAanspreekpunt();
    }

    @Test
    void evaluationPlatHoudtDeMatrixvolgorde() {
        PeerStub.evaluation(PeerStub.Gedrag.PLAT);
        matrixvolgorde();
    }

    @Test
    void evaluationTraagHoudtDeMatrixvolgorde() {
        PeerStub.evaluation(PeerStub.Gedrag.TRAAG);
        matrixvolgorde();
    }

    @Test
    void eenOpenCircuitVraagtHetRegisterNietMeer() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = PeerStub.kern(gemeente, "Maurik", TestData.ANNE);
        PeerStub.registry(PeerStub.Gedrag.PLAT);
        for (int i = 0; i < 2; i++) {
            api().body(TestData.sportveldjes(gemeente, kern)).post("/beoordelingen").then().statusCode(201);
        }
        int aanroepen = PeerStub.registryAanroepen();
        api().body(TestData.sportveldjes(gemeente, kern)).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.aanspreekpunt.status", equalTo("REGISTER_ONBEREIKBAAR"));
        assertEquals(aanroepen, PeerStub.registryAanroepen(), "het open circuit liet de aanroep toch door");

        // The registry is back; once the circuit closes, the aanspreekpunt is there again.
        PeerStub.normaal();
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
        api().body(TestData.sportveldjes(gemeente, kern)).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.aanspreekpunt.status", equalTo("KERNAMBTENAREN_BEKEND"))
                .body("uitkomst.aanspreekpunt.kern", equalTo("Maurik"));
    }

    private void zonderAanspreekpunt() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = PeerStub.kern(gemeente, "Maurik", TestData.ANNE);
        String id = api().body(TestData.sportveldjes(gemeente, kern)).post("/beoordelingen").then()
                .statusCode(201)
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

    private void matrixvolgorde() {
        String gemeente = TestData.nieuweGemeente();
        PeerStub.effectiviteit(gemeente, "DORP_WIJK", "Versnellingskamer", "4.50", 10);
        api().body(TestData.sportveldjes(gemeente)).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.stap4.volgordeOpEffectiviteit", equalTo(false))
                .body("uitkomst.stap4.werkvormen[0].naam", equalTo("Online atelier"))
                .body("uitkomst.stap4.onderbouwing.code", hasItem("EFFECTIVITEIT_ONBESCHIKBAAR"))
                .body("niveau", equalTo("MEEDOEN"));
    }
}
