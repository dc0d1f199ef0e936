package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.codes;
import static nl.participatiesuite.assessment.engine.Beoordeling.namenEnCodes;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.PARTICIPATIE_NIET_VERPLICHT;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.PARTICIPATIE_VERPLICHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Verplichte participatie (domain.md §6): the raad's designated cases in the rule set, named by a beoordeling. */
class VerplichteParticipatieTest {

    static final VerplichtGeval WONINGEN = new VerplichtGeval("WONINGBOUW_10_PLUS", "Meer dan 10 woningen",
            "Raadsbesluit 2024-117", LocalDate.of(2024, 11, 28));
    static final VerplichtGeval WINDTURBINE = new VerplichtGeval("WINDTURBINE", "Windturbine",
            "Raadsbesluit 2024-118", LocalDate.of(2024, 11, 28));
    static final Regelset MET_GEVALLEN = RegelsetBouwer.standaard().verplichteParticipatie(WONINGEN, WINDTURBINE).bouw();

    static Stream<Arguments> verplichteParticipatie() {
        return Stream.of(
                Arguments.of("standaardregelset: geen gevallen", Regelset.standaard(), invoer(), false, List.of()),
                Arguments.of("gevallen in de regelset, plan noemt er geen", MET_GEVALLEN, invoer(), false, List.of()),
                Arguments.of("plan valt onder één geval", MET_GEVALLEN, invoer().verplichteParticipatie("WINDTURBINE"),
                        true, List.of(WINDTURBINE)),
                Arguments.of("plan valt onder twee: in de volgorde van de raad", MET_GEVALLEN,
                        invoer().verplichteParticipatie("WINDTURBINE", "WONINGBOUW_10_PLUS"), true,
                        List.of(WONINGEN, WINDTURBINE)),
                // A later rule set in which the raad withdrew the case: recomputing names it no more, and does not fail.
                Arguments.of("code die de regelset niet (meer) kent", Regelset.standaard(),
                        invoer().verplichteParticipatie("WINDTURBINE"), false, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void verplichteParticipatie(String geval, Regelset regelset, InvoerBouwer invoer, boolean verplicht,
            List<VerplichtGeval> gevallen) {
        VerplichteParticipatieUitkomst uitkomst = Beoordeling.van(invoer, regelset).verplichteParticipatie();
        assertEquals(verplicht, uitkomst.participatieVerplicht());
        assertEquals(gevallen, uitkomst.gevallen());
        assertEquals(verplicht ? gevallen.stream().map(g -> PARTICIPATIE_VERPLICHT).toList()
                : List.of(PARTICIPATIE_NIET_VERPLICHT), codes(uitkomst.onderbouwing()));
        if (verplicht) {
            assertTrue(uitkomst.onderbouwing().get(0).tekst().contains(gevallen.get(0).besluit()));
        }
    }

    @Test
    void onbekendeCodesWordenPerPositieGemeld() {
        assertEquals(List.of("verplichteParticipatie[1]:enum"), namenEnCodes(VerplichteParticipatieBepaling.onbekend(
                invoer().verplichteParticipatie("WINDTURBINE", "KERNCENTRALE").bouw(), MET_GEVALLEN)));
        assertEquals(List.of("verplichteParticipatie[0]:enum"), namenEnCodes(VerplichteParticipatieBepaling.onbekend(
                invoer().verplichteParticipatie("WINDTURBINE").bouw(), Regelset.standaard())));
    }

    @Test
    void eenRegelsetMetOnvolledigeOfDubbeleGevallenIsOngeldig() {
        Regelset ongeldig = RegelsetBouwer.standaard().verplichteParticipatie(WONINGEN,
                new VerplichtGeval("WONINGBOUW_10_PLUS", " ", null, null)).bouw();
        assertEquals(List.of("verplichteParticipatie[1].code:duplicate", "verplichteParticipatie[1].omschrijving:required",
                "verplichteParticipatie[1].besluit:required", "verplichteParticipatie[1].besluitdatum:required"),
                namenEnCodes(ongeldig.valideer()));
    }
}
