package nl.participatiesuite.assessment.peer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.peer.Diensttoken;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.PeerStubs;
import nl.participatiesuite.assessment.support.TestData;
import nl.participatiesuite.assessment.support.Voorportaal;
import nl.participatiesuite.assessment.engine.Schaal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A computation reads the werkvorm effectiveness from the cache and makes no call to the evaluation-service (issue 9):
 * the own view (the gemeente's reports that were not shared too) only for the gemeente's own callers, loaded with the
 * service's token; the public view for everyone else, loaded without one; a peer that hangs changes nothing but the
 * freshness the outcome states; a refresh brings new data.
 */
@QuarkusTest
class WerkvormkennisCacheTest extends ApiTest {

    private static final String EFFECTIVITEIT = "/api/v1/werkvorm-effectiviteit";

    @Inject
    WerkvormkennisCache cache;

    @Inject
    Diensttoken diensttoken;

    @Inject
    MeterRegistry meters;

    /**
     * The first call to a peer in a test JVM sets up its client, which on a loaded machine can take longer than the
     * call's bound; these tests are about what comes after a first load, so that set-up happens here, for a gemeente
     * of its own (what it answers does not matter).
     */
    @BeforeEach
    void peerOpgewarmd() {
        String gemeente = TestData.nieuweGemeente();
        cache.lees(gemeente, Schaal.DORP_WIJK, Werkvormweergave.EIGEN);
        cache.lees(gemeente, Schaal.DORP_WIJK, Werkvormweergave.OPENBAAR);
    }

    /** Shared: Versnellingskamer best; the gemeente's own reports, not shared: Workshop better still. */
    private static String gemeenteMetEigenEnGedeeldeVerslagen() {
        String gemeente = TestData.nieuweGemeente();
        PeerStubs.effectiviteit(gemeente, "DORP_WIJK", "Versnellingskamer", "4.50", 10);
        PeerStubs.nietGedeeldeEffectiviteit(gemeente, "DORP_WIJK", "Workshop", "4.90", 3);
        return gemeente;
    }

    private static ValidatableResponse bereken(Aanroeper aanroeper, String gemeente) {
        return api(aanroeper).body(TestData.sportveldjes(gemeente)).post("/beoordelingen/_bereken").then()
                .statusCode(200);
    }

    private static List<Voorportaal.Verzoek> effectiviteitVan(String gemeente) {
        return PeerStubs.EVALUATION_ONTVANGEN.naar(EFFECTIVITEIT).stream()
                .filter(v -> v.query() != null && v.query().contains("gemeente=" + gemeente)).toList();
    }

    @Test
    void eenAanroeperVanEenAndereGemeenteKrijgtNooitDeEigenWeergave() {
        String gemeente = gemeenteMetEigenEnGedeeldeVerslagen();
        List<Aanroeper> buitenstaanders = List.of(Aanroeper.ANONIEM, Aanroeper.raadpleger("GM0998"),
                Aanroeper.beheerder(TestData.nieuweGemeente()));
        // Outsiders first, so the entry exists before the own caller comes, and again after: never the own view.
        for (Aanroeper buitenstaander : buitenstaanders) {
            bereken(buitenstaander, gemeente).body("uitkomst.stap4.werkvormen[0].naam", equalTo("Versnellingskamer"));
        }
        bereken(Aanroeper.raadpleger(gemeente), gemeente)
                .body("uitkomst.stap4.werkvormen.naam", contains("Workshop", "Versnellingskamer", "Online atelier"));
        for (Aanroeper buitenstaander : buitenstaanders) {
            bereken(buitenstaander, gemeente).body("uitkomst.stap4.werkvormen[0].naam", equalTo("Versnellingskamer"));
        }

        // One load per view: the public one without a token, the own one with the service's token, never a caller's.
        List<String> tokens = effectiviteitVan(gemeente).stream().map(Voorportaal.Verzoek::authorization).toList();
        assertEquals(2, tokens.size(), tokens.toString());
        assertNull(tokens.get(0));
        assertEquals(diensttoken.bearer(), tokens.get(1));
    }

    @Test
    void eenTweedeBerekeningVraagtDeEvaluationServiceNiet() {
        String gemeente = gemeenteMetEigenEnGedeeldeVerslagen();
        double treffers = meters.counter("suite.cache.lookups", "cache", "werkvormkennis", "result", "hit").count();

        bereken(Aanroeper.medewerker(gemeente), gemeente)
                .body("werkvormEffectiviteit.status", equalTo("ACTUEEL"))
                .body("werkvormEffectiviteit.bijgewerktOp", notNullValue());
        int aanroepen = PeerStubs.EVALUATION.aanroepen();
        bereken(Aanroeper.raadpleger(gemeente), gemeente)
                .body("uitkomst.stap4.werkvormen[0].naam", equalTo("Workshop"))
                .body("werkvormEffectiviteit.status", equalTo("ACTUEEL"));
        api(Aanroeper.medewerker(gemeente)).body(TestData.sportveldjes(gemeente)).post("/beoordelingen").then()
                .statusCode(201).body("werkvormEffectiviteit.status", equalTo("ACTUEEL"));

        assertEquals(aanroepen, PeerStubs.EVALUATION.aanroepen(), "de tweede en derde berekening vroegen de peer");
        assertEquals(1, effectiviteitVan(gemeente).size());
        assertTrue(meters.counter("suite.cache.lookups", "cache", "werkvormkennis", "result", "hit").count()
                >= treffers + 2, "de treffers worden geteld");
    }

    @Test
    void metEenHangendeEvaluationServiceAntwoordtDeCacheZonderHaarTeVragen() {
        String gemeente = gemeenteMetEigenEnGedeeldeVerslagen();
        String bijgewerktOp = bereken(Aanroeper.raadpleger(gemeente), gemeente).extract()
                .path("werkvormEffectiviteit.bijgewerktOp");

        PeerStubs.EVALUATION.traag(PeerStubs.TRAAG);
        int aanroepen = PeerStubs.EVALUATION.aanroepen();
        bereken(Aanroeper.raadpleger(gemeente), gemeente)
                .body("uitkomst.stap4.werkvormen[0].naam", equalTo("Workshop"))
                .body("werkvormEffectiviteit.status", equalTo("ACTUEEL"));
        assertEquals(aanroepen, PeerStubs.EVALUATION.aanroepen(), "de berekening vroeg de hangende peer");

        // The refresh (in the background in production) fails: the last known data stays, and says it is stale.
        cache.vernieuw(gemeente);
        assertTrue(PeerStubs.EVALUATION.aanroepen() > aanroepen, "de verversing vroeg de peer niet");
        int naVerversing = PeerStubs.EVALUATION.aanroepen();
        bereken(Aanroeper.raadpleger(gemeente), gemeente)
                .body("uitkomst.stap4.werkvormen[0].naam", equalTo("Workshop"))
                .body("uitkomst.stap4.volgordeOpEffectiviteit", equalTo(true))
                .body("werkvormEffectiviteit.status", equalTo("VEROUDERD"))
                .body("werkvormEffectiviteit.bijgewerktOp", equalTo(bijgewerktOp));
        assertEquals(naVerversing, PeerStubs.EVALUATION.aanroepen(), "de berekening vroeg de hangende peer");
    }

    @Test
    void naVernieuwWordenDeNieuweGegevensGebruikt() {
        String gemeente = gemeenteMetEigenEnGedeeldeVerslagen();
        bereken(Aanroeper.ANONIEM, gemeente).body("uitkomst.stap4.werkvormen[0].naam", equalTo("Versnellingskamer"));
        bereken(Aanroeper.raadpleger(gemeente), gemeente).body("uitkomst.stap4.werkvormen[0].naam", equalTo("Workshop"));

        // A new shared report rates Online atelier best of all: both views change after a refresh, not before.
        PeerStubs.effectiviteit(gemeente, "DORP_WIJK", "Online atelier", "5.00", 1);
        bereken(Aanroeper.ANONIEM, gemeente).body("uitkomst.stap4.werkvormen[0].naam", equalTo("Versnellingskamer"));
        cache.vernieuw(gemeente);
        bereken(Aanroeper.ANONIEM, gemeente).body("uitkomst.stap4.werkvormen[0].naam", equalTo("Online atelier"));
        bereken(Aanroeper.raadpleger(gemeente), gemeente)
                .body("uitkomst.stap4.werkvormen.naam", contains("Online atelier", "Workshop", "Versnellingskamer"))
                .body("werkvormEffectiviteit.status", equalTo("ACTUEEL"));
    }

    /** Down at the first computation: the degraded answer once, then nothing is asked until a refresh succeeds. */
    @Test
    void eenEersteLaadpogingDieMisluktGeeftDeMatrixvolgordeEnOnbeschikbaar() {
        String gemeente = gemeenteMetEigenEnGedeeldeVerslagen();
        PeerStubs.EVALUATION.plat();
        for (int i = 0; i < 2; i++) {
            bereken(Aanroeper.raadpleger(gemeente), gemeente)
                    .body("uitkomst.stap4.volgordeOpEffectiviteit", equalTo(false))
                    .body("uitkomst.stap4.werkvormen[0].naam", equalTo("Online atelier"))
                    .body("uitkomst.stap4.onderbouwing.code", hasItem("EFFECTIVITEIT_ONBESCHIKBAAR"))
                    .body("werkvormEffectiviteit.status", equalTo("ONBESCHIKBAAR"))
                    .body("werkvormEffectiviteit", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("bijgewerktOp")));
        }
        PeerStubs.EVALUATION.herstel();
        cache.vernieuw(gemeente);
        bereken(Aanroeper.raadpleger(gemeente), gemeente)
                .body("uitkomst.stap4.werkvormen[0].naam", equalTo("Workshop"))
                .body("werkvormEffectiviteit.status", equalTo("ACTUEEL"));
        Map<String, Object> beoordeling = TestData.sportveldjes(gemeente);
        String id = api(Aanroeper.medewerker(gemeente)).body(beoordeling).post("/beoordelingen").then().statusCode(201)
                .extract().path("id");
        api(Aanroeper.raadpleger(gemeente)).get("/beoordelingen/" + id).then().statusCode(200)
                .body("werkvormEffectiviteit.status", equalTo("ACTUEEL"))
                .body("werkvormEffectiviteit.bijgewerktOp", notNullValue());
    }
}
