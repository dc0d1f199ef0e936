package nl.participatiesuite.evaluation.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** domain.md §3: geplandNiveau vs gerealiseerdNiveau on the ladder — did the gemeente keep its promise? */
class ParticipatiebelofteTest {

    @ParameterizedTest(name = "gepland {0}, gerealiseerd {1} -> nagekomen {2}, verschil {3}")
    @CsvSource({
            "ADVISEREN,    ADVISEREN,    true,  0,  equal level keeps the promise",
            "RAADPLEGEN,   COPRODUCEREN, true,  2,  a higher level keeps it too",
            "ADVISEREN,    RAADPLEGEN,   false, -1, one step lower breaks it",
            "MEEBESLISSEN, INFORMEREN,   false, -4, the whole ladder down",
            "INFORMEREN,   INFORMEREN,   true,  0,  lowest step on both sides"})
    void promiseIsKeptWhenGerealiseerdIsAtLeastGepland(Ladderniveau gepland, Ladderniveau gerealiseerd, boolean nagekomen,
            int verschil, String regel) {
        Belofteoordeel oordeel = Participatiebelofte.toets(GeplandNiveauBron.BEOORDELING, gepland, gerealiseerd);
        assertEquals(nagekomen, oordeel.belofteNagekomen(), regel);
        assertEquals(verschil, oordeel.tredenVerschil(), regel);
        assertTrue(oordeel.toelichting().contains(gepland.name()), oordeel.toelichting());
    }

    @ParameterizedTest
    @EnumSource(value = GeplandNiveauBron.class, names = {"GEEN_BEOORDELING", "ASSESSMENT_ONBEREIKBAAR"})
    void withoutAPlannedLevelThereIsNothingToTest(GeplandNiveauBron bron) {
        Belofteoordeel oordeel = Participatiebelofte.toets(bron, null, Ladderniveau.ADVISEREN);
        assertNull(oordeel.belofteNagekomen());
        assertNull(oordeel.tredenVerschil());
        assertEquals(bron, oordeel.bron());
        assertTrue(oordeel.toelichting().startsWith(bron == GeplandNiveauBron.GEEN_BEOORDELING
                ? "Geen beoordeling" : "Assessment onbereikbaar"), oordeel.toelichting());
    }

    @ParameterizedTest
    @CsvSource({"INFORMEREN, 1", "RAADPLEGEN, 2", "ADVISEREN, 3", "COPRODUCEREN, 4", "MEEBESLISSEN, 5"})
    void theLadderHasFiveStepsInThisOrder(Ladderniveau niveau, int trede) {
        assertEquals(trede, niveau.trede());
    }
}
