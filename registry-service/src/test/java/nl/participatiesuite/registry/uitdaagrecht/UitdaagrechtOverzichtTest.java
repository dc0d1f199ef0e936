package nl.participatiesuite.registry.uitdaagrecht;

import static nl.participatiesuite.registry.support.UitdaagrechtData.nieuwVerzoek;
import static nl.participatiesuite.registry.support.UitdaagrechtData.overeenkomst;
import static nl.participatiesuite.registry.support.UitdaagrechtData.stap;
import static nl.participatiesuite.registry.support.UitdaagrechtData.toegekend;
import static nl.participatiesuite.registry.support.UitdaagrechtData.verzoek;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.PeerStubs;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §5: the verzoeken te evalueren (the evaluation-service asked over REST, with a stated degraded answer) and
 * the yearly overview for the raad.
 */
@QuarkusTest
class UitdaagrechtOverzichtTest extends ApiTest {

    private static final String PAD = "/uitdaagrechtverzoeken";

    @Inject
    Klok klok;

    /** A granted verzoek with an overeenkomst whose evaluation date is {@code evaluatiedatum}. */
    private String metOvereenkomst(String gemeente, String initiatiefId, LocalDate evaluatiedatum) {
        LocalDate vandaag = klok.vandaag();
        Map<String, Object> body = verzoek(gemeente, vandaag.minusYears(2));
        if (initiatiefId != null) {
            body.put("initiatiefId", initiatiefId);
        }
        String id = nieuwVerzoek(body);
        toegekend(gemeente, id, vandaag.minusYears(2).plusWeeks(4));
        api(Aanroeper.medewerker(gemeente)).body(overeenkomst(vandaag.minusYears(2).plusWeeks(6), evaluatiedatum, "1000.00"))
                .post(PAD + "/" + id + "/overeenkomst").then().statusCode(200);
        return id;
    }

    @Test
    void teEvaluerenAreThosePastTheirEvaluationDateWithoutAnEvaluatie() {
        String gemeente = TestData.nieuweGemeente();
        LocalDate vandaag = klok.vandaag();
        String geevalueerdInitiatief = InitiatiefData.nieuwInitiatief(gemeente, "Geevalueerd");
        PeerStubs.evaluatie(geevalueerdInitiatief);
        String geevalueerd = metOvereenkomst(gemeente, geevalueerdInitiatief, vandaag.minusDays(30));
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Nog niet geevalueerd");
        String nietGeevalueerd = metOvereenkomst(gemeente, initiatief, vandaag.minusDays(20));
        String zonderInitiatief = metOvereenkomst(gemeente, null, vandaag.minusDays(10));
        stap(gemeente, zonderInitiatief, "IN_UITVOERING");
        metOvereenkomst(gemeente, InitiatiefData.nieuwInitiatief(gemeente, "Later"), vandaag);
        api(Aanroeper.raadpleger(gemeente)).get(PAD + "/te-evalueren/" + gemeente).then().statusCode(200)
                .body("gemeente", equalTo(gemeente))
                .body("peildatum", equalTo(vandaag.toString()))
                .body("evaluatiesBekend", equalTo(true))
                .body("verzoeken.id", contains(nietGeevalueerd, zonderInitiatief))
                .body("verzoeken.evaluatie", contains("GEEN_EVALUATIE", "GEEN_INITIATIEF"))
                .body("verzoeken.status", contains("OVEREENKOMST_GESLOTEN", "IN_UITVOERING"))
                .body("verzoeken[0].initiatiefId", equalTo(initiatief))
                .body("verzoeken[0].evaluatiedatum", equalTo(vandaag.minusDays(20).toString()));
        // The evaluatie arrives: the verzoek leaves the list.
        PeerStubs.evaluatie(initiatief);
        api(Aanroeper.raadpleger(gemeente)).get(PAD + "/te-evalueren/" + gemeente).then().statusCode(200)
                .body("verzoeken.id", contains(zonderInitiatief))
                .body("verzoeken.id", not(hasItem(geevalueerd)));
    }

    @Test
    void withTheEvaluationServiceDownEveryCandidateIsListedAndTheAnswerSaysSo() {
        String gemeente = TestData.nieuweGemeente();
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Geevalueerd");
        PeerStubs.evaluatie(initiatief);
        String id = metOvereenkomst(gemeente, initiatief, klok.vandaag().minusDays(1));
        PeerStubs.EVALUATION.plat();
        api(Aanroeper.raadpleger(gemeente)).get(PAD + "/te-evalueren/" + gemeente).then().statusCode(200)
                .body("evaluatiesBekend", equalTo(false))
                .body("verzoeken.id", contains(id))
                .body("verzoeken.evaluatie", contains("ONBEKEND"));
    }

    @Test
    void aPeerRefusingTheCallerGivesTheSameDegradedAnswer() {
        String gemeente = TestData.nieuweGemeente();
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Geevalueerd");
        PeerStubs.evaluatie(initiatief);
        metOvereenkomst(gemeente, initiatief, klok.vandaag().minusDays(1));
        PeerStubs.weiger(403);
        api(Aanroeper.raadpleger(gemeente)).get(PAD + "/te-evalueren/" + gemeente).then().statusCode(200)
                .body("evaluatiesBekend", equalTo(false)).body("verzoeken.evaluatie", contains("ONBEKEND"));
    }

    @Test
    void nothingToEvaluateIsAnEmptyList() {
        String gemeente = TestData.nieuweGemeente();
        api(Aanroeper.raadpleger(gemeente)).get(PAD + "/te-evalueren/" + gemeente).then().statusCode(200)
                .body("evaluatiesBekend", equalTo(true)).body("verzoeken", empty());
        api(Aanroeper.raadpleger(gemeente)).get(PAD + "/te-evalueren/GM12").then().statusCode(400);
    }

    @Test
    void theYearForTheRaad() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        int jaar = klok.vandaag().getYear() - 1;
        LocalDate januari = LocalDate.of(jaar, 1, 5);
        // Granted on time, with an overeenkomst starting that year.
        String toegekend = nieuwVerzoek(verzoek(gemeente, januari));
        toegekend(gemeente, toegekend, LocalDate.of(jaar, 2, 1));
        api(medewerker).body(overeenkomst(LocalDate.of(jaar, 3, 1), LocalDate.of(jaar, 12, 1), "1000.00"))
                .post(PAD + "/" + toegekend + "/overeenkomst").then().statusCode(200);
        // Refused a week late, on two grounds.
        String afgewezen = nieuwVerzoek(verzoek(gemeente, januari));
        stap(gemeente, afgewezen, "IN_BEHANDELING");
        api(medewerker).body(Map.of("besluit", "AFGEWEZEN", "motivering", "Wettelijke taak zonder meerwaarde",
                        "weigeringsgronden", List.of("WETTELIJKE_TAAK", "GEEN_MEERWAARDE"),
                        "besluitdatum", januari.plusWeeks(9).toString()))
                .post(PAD + "/" + afgewezen + "/besluit").then().statusCode(200);
        // Received, not decided.
        nieuwVerzoek(verzoek(gemeente, LocalDate.of(jaar, 6, 1)));
        // Received the year before: not counted as received.
        nieuwVerzoek(verzoek(gemeente, LocalDate.of(jaar - 1, 12, 31)));
        api(Aanroeper.raadpleger(gemeente)).config(InitiatiefData.BEDRAGEN)
                .get(PAD + "/jaaroverzichten/" + gemeente + "/" + jaar).then().statusCode(200)
                .body("gemeente", equalTo(gemeente))
                .body("jaar", equalTo(jaar))
                .body("ontvangen", equalTo(3))
                .body("besloten", equalTo(2))
                .body("tijdigBesloten", equalTo(1))
                .body("teLaatBesloten", equalTo(1))
                .body("toegekend", equalTo(1))
                .body("afgewezen", equalTo(1))
                .body("afgewezenPerWeigeringsgrond.weigeringsgrond", contains("WETTELIJKE_TAAK", "ONVOLDOENDE_DRAAGVLAK",
                        "ONVOLDOENDE_CONTINUITEIT", "GEEN_MEERWAARDE", "STRIJD_MET_BELEID_OF_RECHTEN"))
                .body("afgewezenPerWeigeringsgrond.aantal", contains(1, 0, 0, 1, 0))
                .body("buitenBehandeling", equalTo(0))
                .body("overgedragenBudget", equalTo(new BigDecimal("1000.00")));
        api(Aanroeper.raadpleger(gemeente)).config(InitiatiefData.BEDRAGEN)
                .get(PAD + "/jaaroverzichten/" + gemeente + "/" + (jaar + 1)).then().statusCode(200)
                .body("ontvangen", equalTo(0)).body("besloten", equalTo(0))
                .body("overgedragenBudget", equalTo(new BigDecimal("0.00")));
        api(Aanroeper.raadpleger(gemeente)).get(PAD + "/jaaroverzichten/" + gemeente + "/1999").then().statusCode(400);
        String onbekend = TestData.nieuweCode();
        api(Aanroeper.raadpleger(onbekend)).get(PAD + "/jaaroverzichten/" + onbekend + "/" + jaar).then().statusCode(404);
    }
}
