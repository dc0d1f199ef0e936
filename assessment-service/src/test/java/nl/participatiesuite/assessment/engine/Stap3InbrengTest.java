package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.codes;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.behoefteVoor;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.metBehoefte;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Stap3InbrengTest {

    private static InbrengAdvies enige(Uitkomst uitkomst) {
        assertEquals(1, uitkomst.stap3().belanghebbenden().size());
        return uitkomst.stap3().belanghebbenden().get(0);
    }

    /** Zonder maxima (ZWAAR, regisseur) is het advies gelijk aan het behoefteniveau. */
    @ParameterizedTest(name = "weging {0} + gevolgen {1} + past {2} = {3} -> {4}")
    @CsvSource({
            "1, POSITIEF, true,  1, MEEWETEN",
            "2, GEEN,     true,  2, MEEWETEN",
            "1, NEGATIEF, true,  2, MEEWETEN",
            "1, POSITIEF, false, 2, MEEWETEN",
            "3, GEEN,     true,  3, MEEDENKEN",
            "2, NEGATIEF, true,  3, MEEDENKEN",
            "2, GEMENGD,  false, 3, MEEDENKEN",
            "4, GEMENGD,  true,  4, MEEDENKEN",
            "3, NEGATIEF, true,  4, MEEDENKEN",
            "5, POSITIEF, true,  5, MEEDOEN",
            "4, NEGATIEF, true,  5, MEEDOEN",
            "3, NEGATIEF, false, 5, MEEDOEN",
            "4, POSITIEF, false, 5, MEEDOEN",
            "5, NEGATIEF, true,  6, MEEBESLISSEN",
            "5, GEEN,     false, 6, MEEBESLISSEN",
            "5, NEGATIEF, false, 7, MEEBESLISSEN"})
    void behoefteGrenzen(int weging, Gevolgen gevolgen, boolean past, int behoefte, Niveau niveau) {
        InbrengAdvies advies = enige(Beoordeling.van(invoer().intensiteit(Intensiteit.ZWAAR)
                .belanghebbende(new Belanghebbende("Omwonenden", "rust", weging, past, gevolgen, null))));

        assertEquals(behoefte, advies.behoefte());
        assertEquals(niveau, advies.behoefteNiveau());
        assertEquals(niveau, advies.niveau());
        assertEquals(BEHOEFTE, advies.onderbouwing().get(0).code());
    }

    @Test
    void behoefteOnderbouwingNoemtDeOptelling() {
        InbrengAdvies advies = enige(Beoordeling.van(invoer().intensiteit(Intensiteit.ZWAAR)
                .belanghebbende(new Belanghebbende("Omwonenden", null, 3, false, Gevolgen.NEGATIEF, null))));

        assertEquals("Behoefte = weging 3 + 1 (gevolgen NEGATIEF) + 1 (past niet bij belang) = 5: MEEDOEN.",
                advies.onderbouwing().get(0).tekst());
    }

    static Stream<Arguments> maximaPerIntensiteitEnRol() {
        return Stream.of(
                // intensiteit, rol beslisser?, behoefteniveau, advies, toegepaste maxima
                Arguments.of(Intensiteit.LICHT, false, Niveau.MEEBESLISSEN, Niveau.MEEDENKEN,
                        List.of(MAXIMUM_INTENSITEIT)),
                Arguments.of(Intensiteit.LICHT, false, Niveau.MEEDOEN, Niveau.MEEDENKEN, List.of(MAXIMUM_INTENSITEIT)),
                Arguments.of(Intensiteit.LICHT, false, Niveau.MEEDENKEN, Niveau.MEEDENKEN, List.of()),
                Arguments.of(Intensiteit.MIDDEL, false, Niveau.MEEBESLISSEN, Niveau.MEEDOEN,
                        List.of(MAXIMUM_INTENSITEIT)),
                Arguments.of(Intensiteit.MIDDEL, false, Niveau.MEEDOEN, Niveau.MEEDOEN, List.of()),
                Arguments.of(Intensiteit.ZWAAR, false, Niveau.MEEBESLISSEN, Niveau.MEEBESLISSEN, List.of()),
                Arguments.of(Intensiteit.ZWAAR, true, Niveau.MEEBESLISSEN, Niveau.MEEDENKEN,
                        List.of(MAXIMUM_BESLISSER)),
                Arguments.of(Intensiteit.ZWAAR, true, Niveau.MEEDOEN, Niveau.MEEDENKEN, List.of(MAXIMUM_BESLISSER)),
                Arguments.of(Intensiteit.ZWAAR, true, Niveau.MEEDENKEN, Niveau.MEEDENKEN, List.of()),
                Arguments.of(Intensiteit.MIDDEL, true, Niveau.MEEBESLISSEN, Niveau.MEEDENKEN,
                        List.of(MAXIMUM_INTENSITEIT, MAXIMUM_BESLISSER)),
                Arguments.of(Intensiteit.GEEN, false, Niveau.MEEDOEN, Niveau.MEEWETEN,
                        List.of(MAXIMUM_SAMENWERKING_NIET_MOGELIJK)),
                Arguments.of(Intensiteit.GEEN, true, Niveau.MEEDOEN, Niveau.MEEWETEN,
                        List.of(MAXIMUM_SAMENWERKING_NIET_MOGELIJK, MAXIMUM_BESLISSER)),
                Arguments.of(Intensiteit.GEEN, false, Niveau.MEEWETEN, Niveau.MEEWETEN, List.of()));
    }

    @ParameterizedTest(name = "{0}, beslisser={1}: {2} -> {3}")
    @MethodSource
    void maximaPerIntensiteitEnRol(Intensiteit intensiteit, boolean beslisser, Niveau behoefte, Niveau advies,
                                   List<OnderbouwingCode> maxima) {
        InbrengAdvies inbreng = enige(Beoordeling.van(invoer().intensiteit(intensiteit).gemeenteMoetBeslissen(beslisser)
                .belanghebbende(metBehoefte("Omwonenden", behoefteVoor(behoefte)))));

        assertEquals(behoefte, inbreng.behoefteNiveau());
        assertEquals(advies, inbreng.niveau());
        assertEquals(maxima, codes(inbreng.onderbouwing()).stream().filter(c -> c.name().startsWith("MAXIMUM")).toList());
    }

    @Test
    void maximumOnderbouwingNoemtBeideNiveaus() {
        InbrengAdvies inbreng = enige(Beoordeling.van(invoer().intensiteit(Intensiteit.LICHT)
                .belanghebbende(metBehoefte("Omwonenden", 6))));

        assertEquals(MAXIMUM_INTENSITEIT.met(Intensiteit.LICHT, Niveau.MEEDENKEN, Niveau.MEEBESLISSEN),
                inbreng.onderbouwing().get(1));
        assertEquals("Bij intensiteit LICHT is het niveau hoogstens MEEDENKEN in plaats van MEEBESLISSEN.",
                inbreng.onderbouwing().get(1).tekst());
    }

    @ParameterizedTest(name = "{0} bij {1} -> {2}")
    @CsvSource({
            "MEEWETEN,     LICHT,  INFORMEREN,   LADDERNIVEAU",
            "MEEWETEN,     ZWAAR,  INFORMEREN,   LADDERNIVEAU",
            "MEEWETEN,     GEEN,   INFORMEREN,   LADDERNIVEAU",
            "MEEDENKEN,    LICHT,  RAADPLEGEN,   LADDERNIVEAU_BIJ_LICHT",
            "MEEDENKEN,    MIDDEL, ADVISEREN,    LADDERNIVEAU",
            "MEEDENKEN,    ZWAAR,  ADVISEREN,    LADDERNIVEAU",
            "MEEDOEN,      MIDDEL, COPRODUCEREN, LADDERNIVEAU",
            "MEEDOEN,      ZWAAR,  COPRODUCEREN, LADDERNIVEAU",
            "MEEBESLISSEN, ZWAAR,  MEEBESLISSEN, LADDERNIVEAU"})
    void ladderMapping(Niveau niveau, Intensiteit intensiteit, Ladderniveau trede, OnderbouwingCode code) {
        Uitkomst uitkomst = Beoordeling.van(invoer().intensiteit(intensiteit)
                .belanghebbende(metBehoefte("Omwonenden", behoefteVoor(niveau))));
        InbrengAdvies inbreng = enige(uitkomst);

        assertEquals(niveau, inbreng.niveau());
        assertEquals(trede, inbreng.ladderniveau());
        assertEquals(code.met(niveau, trede), inbreng.onderbouwing().stream()
                .filter(o -> o.code().name().startsWith("LADDERNIVEAU")).findFirst().orElseThrow());
        assertEquals(trede, uitkomst.stap3().ladderniveau());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MEEWETEN     | er is geen ruimte voor inbreng; betrokkenen worden op de hoogte gehouden van "
                    + "ontwikkelingen en besluitvorming",
            "MEEDENKEN    | de uitkomsten worden meegewogen in de oordeelsvorming / gebruikt voor een verbeterde "
                    + "uitwerking",
            "MEEDOEN      | de uitkomsten worden gebruikt voor een gezamenlijke uitwerking van het plan",
            "MEEBESLISSEN | de uitkomst (meerderheidsvoorkeur) bepaalt welk besluit wordt genomen"})
    void watGebeurtMetDeInbrengPerNiveau(Niveau niveau, String zin) {
        Uitkomst uitkomst = Beoordeling.van(invoer().intensiteit(Intensiteit.ZWAAR)
                .belanghebbende(metBehoefte("Omwonenden", behoefteVoor(niveau))));

        assertEquals(zin, enige(uitkomst).watGebeurtMetInbreng());
        assertEquals(zin, uitkomst.stap3().watGebeurtMetInbreng());
    }

    @ParameterizedTest(name = "behoeften {0} -> plan {1}")
    @CsvSource({
            "'2',     MEEWETEN",
            "'2;3',   MEEDENKEN",
            "'5;2;3', MEEDOEN",
            "'3;6;5', MEEBESLISSEN"})
    void niveauVanHetPlanIsHetHoogsteNiveau(String behoeften, Niveau plan) {
        InvoerBouwer bouwer = invoer().intensiteit(Intensiteit.ZWAAR);
        int i = 0;
        for (String behoefte : behoeften.split(";")) {
            bouwer.belanghebbende(metBehoefte("Groep " + i++, Integer.parseInt(behoefte)));
        }
        Stap3Uitkomst stap3 = Beoordeling.van(bouwer).stap3();

        assertEquals(plan, stap3.niveau());
        assertEquals(NIVEAU_PLAN.met(plan), stap3.onderbouwing().get(0));
    }

    @Test
    void zonderBelanghebbendenIsHetPlanMeeweten() {
        Stap3Uitkomst stap3 = Beoordeling.van(invoer().intensiteit(Intensiteit.ZWAAR)).stap3();

        assertEquals(Niveau.MEEWETEN, stap3.niveau());
        assertEquals(Ladderniveau.INFORMEREN, stap3.ladderniveau());
        assertEquals(List.of(GEEN_BELANGHEBBENDEN, LADDERNIVEAU), codes(stap3.onderbouwing()));
    }

    @ParameterizedTest(name = "gewenst {0}, advies {1} -> waarschuwing {2}")
    @CsvSource(nullValues = "-", value = {
            "MEEBESLISSEN, MEEDOEN,   true",
            "MEEDOEN,      MEEDENKEN, true",
            "MEEDOEN,      MEEDOEN,   false",
            "MEEWETEN,     MEEDOEN,   false",
            "-,            MEEDENKEN, false"})
    void verwachtingenBijHogereGewensteInbreng(Niveau gewenst, Niveau advies, boolean waarschuwing) {
        Belanghebbende omwonenden = new Belanghebbende("Omwonenden", null, behoefteVoor(advies), true,
                Gevolgen.POSITIEF, gewenst);
        Uitkomst uitkomst = Beoordeling.van(invoer().intensiteit(Intensiteit.ZWAAR).belanghebbende(omwonenden));
        InbrengAdvies inbreng = enige(uitkomst);

        assertEquals(advies, inbreng.niveau(), "een waarschuwing verandert het niveau niet");
        assertEquals(waarschuwing, codes(inbreng.onderbouwing()).contains(VERWACHTINGEN));
        assertEquals(waarschuwing, Beoordeling.valkuilen(uitkomst).contains(Valkuil.VERWACHTINGEN));
        if (waarschuwing) {
            Waarschuwing melding = uitkomst.valkuilen().get(0);
            assertEquals(List.of("Omwonenden"), melding.belanghebbenden());
            assertEquals("Omwonenden wenst " + gewenst + ", maar het advies is " + advies
                    + ": leg het verschil uit aan deze belanghebbende.", melding.onderbouwing().get(0).tekst());
        }
    }
}
