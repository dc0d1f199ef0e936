package nl.participatiesuite.assessment.peer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.PeerStubs;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A computation reads the kern and its kernambtenaren from the cache (issue 9): no registry call after the first, none
 * to a registry that hangs, the new kernambtenaren after {@code vernieuwKern}; and the cache never shows what it holds
 * to a caller who may not see it.
 */
@QuarkusTest
class KernregisterCacheTest extends ApiTest {

    private static final String[] BERT = {"Bert Jansen", "bert@buren.nl", "14 0345"};

    @Inject
    KernregisterCache kernregister;

    /**
     * The first call to a peer in a test JVM sets up its client, which on a loaded machine can take longer than the
     * call's bound; these tests are about what comes after a first load, so that set-up happens here, on a kern of
     * its own (what it answers does not matter).
     */
    @BeforeEach
    void peerOpgewarmd() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = PeerStubs.kern(gemeente, "Opwarmen", BERT);
        kernregister.kern(kern);
        kernregister.kernambtenaren(gemeente, kern);
    }

    private static ValidatableResponse bereken(Aanroeper aanroeper, Map<String, Object> plan) {
        return api(aanroeper).body(plan).post("/beoordelingen/_bereken").then().statusCode(200);
    }

    @Test
    void eenTweedeBerekeningVraagtHetRegisterNietEnEenHangendRegisterWordtNietGevraagd() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> plan = TestData.sportveldjes(gemeente, PeerStubs.kern(gemeente, "Maurik", TestData.ANNE));
        bereken(Aanroeper.raadpleger(gemeente), plan)
                .body("uitkomst.aanspreekpunt.kernambtenaren.naam", contains("Anne de Vries"))
                .body("kernGegevens.status", equalTo("ACTUEEL"));

        PeerStubs.REGISTRY.traag(PeerStubs.TRAAG);
        int aanroepen = PeerStubs.REGISTRY.aanroepen();
        bereken(Aanroeper.raadpleger(gemeente), plan)
                .body("uitkomst.aanspreekpunt.kernambtenaren.naam", contains("Anne de Vries"))
                .body("kernGegevens.status", equalTo("ACTUEEL"));
        assertEquals(aanroepen, PeerStubs.REGISTRY.aanroepen(), "de berekening vroeg het register");
    }

    @Test
    void naVernieuwKernWordenDeNieuweKernambtenarenGebruikt() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        Map<String, Object> plan = TestData.sportveldjes(gemeente, kern);
        bereken(Aanroeper.raadpleger(gemeente), plan)
                .body("uitkomst.aanspreekpunt.kernambtenaren.naam", contains("Anne de Vries"));

        PeerStubs.kernambtenaar(gemeente, kern, BERT);
        bereken(Aanroeper.raadpleger(gemeente), plan)
                .body("uitkomst.aanspreekpunt.kernambtenaren.naam", contains("Anne de Vries"));
        kernregister.vernieuwKern(kern);
        bereken(Aanroeper.raadpleger(gemeente), plan)
                .body("uitkomst.aanspreekpunt.kernambtenaren.naam", contains("Anne de Vries", "Bert Jansen"))
                .body("kernGegevens.status", equalTo("ACTUEEL"));
    }

    /** The refresh fails: the last known kernambtenaren stay, and the outcome says they may be stale. */
    @Test
    void eenMislukteVerversingHoudtDeLaatstBekendeGegevens() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        Map<String, Object> plan = TestData.sportveldjes(gemeente, kern);
        String bijgewerktOp = bereken(Aanroeper.raadpleger(gemeente), plan).extract().path("kernGegevens.bijgewerktOp");

        PeerStubs.REGISTRY.plat();
        kernregister.vernieuwKern(kern);
        bereken(Aanroeper.raadpleger(gemeente), plan)
                .body("uitkomst.aanspreekpunt.status", equalTo("KERNAMBTENAREN_BEKEND"))
                .body("kernGegevens.status", equalTo("VEROUDERD"))
                .body("kernGegevens.bijgewerktOp", equalTo(bijgewerktOp));
    }

    /** What the cache holds for the gemeente's raadpleger never reaches an anonymous caller or another gemeente. */
    @Test
    void dePersoonsgegevensInDeCacheBlijvenAfgeschermdPerAanroeper() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> plan = TestData.sportveldjes(gemeente, PeerStubs.kern(gemeente, "Maurik", TestData.ANNE));
        bereken(Aanroeper.raadpleger(gemeente), plan)
                .body("uitkomst.aanspreekpunt.kernambtenaren.naam", contains("Anne de Vries"));
        for (Aanroeper ander : java.util.List.of(Aanroeper.ANONIEM, Aanroeper.beheerder("GM0998"))) {
            String antwoord = bereken(ander, plan)
                    .body("uitkomst.aanspreekpunt.status", equalTo("VIA_GEMEENTE"))
                    .extract().asString();
            assertFalse(antwoord.contains("Anne de Vries") || antwoord.contains("anne@buren.nl"), antwoord);
            assertFalse(Persoonsgegevens.in(antwoord), antwoord);
        }
    }
}
