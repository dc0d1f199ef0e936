package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.codes;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.behoefteVoor;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.metBehoefte;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Stap4WerkvormenTest {

    private static final List<String> MEEDOEN_DORP_WIJK = List.of("Online atelier", "Workshop", "Versnellingskamer");

    private static List<String> lijst(String cel) {
        return Arrays.stream(cel.split(";")).map(String::strip).toList();
    }

    private static List<String> namen(List<WerkvormAdvies> werkvormen) {
        return werkvormen.stream().map(WerkvormAdvies::naam).toList();
    }

    private static Uitkomst beoordeel(InvoerBouwer invoer, WerkvormEffectiviteit effectiviteit) {
        return Beoordeling.ENGINE.beoordeel(invoer.bouw(), Regelset.standaard(), Aanspreekpunt.geenKern(),
                effectiviteit);
    }

    /** De matrix van domain.md §2 stap 4, los overgeschreven zodat de regelset er letterlijk tegen getoetst wordt. */
    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource(delimiter = '|', value = {
            "MEEWETEN     | STRAAT_BUURT | Bijeenkomst; Straat/buurtshow; Videogesprek; Brief, mail, whatsappgroep; "
                    + "Nieuwsbrief; Inloopbijeenkomst",
            "MEEWETEN     | DORP_WIJK    | Webinar; Post op social media; Brief, mail, whatsappgroep; "
                    + "Voorlichtingssessie; Nieuwsbrief; Inloopbijeenkomst",
            "MEEWETEN     | GEBIED_REGIO | Webinar; Brief of mail; Posters/zuilen; Huis-aan-huisbladen; Website",
            "MEEWETEN     | GEMEENTE     | Webinar; Posters/zuilen; Huis-aan-huisbladen; Website; Social media",
            "MEEDENKEN    | STRAAT_BUURT | Videogesprek; Straat/buurtshow; Boodschappenlijstje; Koffiesessies",
            "MEEDENKEN    | DORP_WIJK    | Enquête; Inwonerspanel; Initiatievenpitch; Koffiesessies",
            "MEEDENKEN    | GEBIED_REGIO | Enquête; Digitale inloop; Initiatievenpitch; Expertpanel",
            "MEEDENKEN    | GEMEENTE     | Enquête; Digitale inloop; Initiatievenpitch; Expertpanel",
            "MEEDOEN      | STRAAT_BUURT | Online atelier; Workshop; Brainstormsessie",
            "MEEDOEN      | DORP_WIJK    | Online atelier; Workshop; Versnellingskamer",
            "MEEDOEN      | GEBIED_REGIO | Workshops; Werkgroepen; Versnellingskamer",
            "MEEDOEN      | GEMEENTE     | Workshops; Werkgroepen; Versnellingskamer",
            "MEEBESLISSEN | STRAAT_BUURT | Videogesprek; Buurtcommissie; Buurt- of straatteam",
            "MEEBESLISSEN | DORP_WIJK    | Digitaal inwonerspanel; Right to challenge; Wijk/dorpsvisie; "
                    + "Wijk/dorpsbudget",
            "MEEBESLISSEN | GEBIED_REGIO | Digitaal inwonerspanel; Burgerbegroting; Right to challenge",
            "MEEBESLISSEN | GEMEENTE     | Digitaal inwonerspanel; Burgerbegroting; Right to challenge"})
    void werkvormenMatrixPerCel(Niveau niveau, Schaal schaal, String cel) {
        List<String> verwacht = lijst(cel);
        Stap4Uitkomst stap4 = Beoordeling.van(invoer().intensiteit(Intensiteit.ZWAAR).schaal(schaal)
                .belanghebbende(metBehoefte("Omwonenden", behoefteVoor(niveau)))).stap4();

        assertEquals(verwacht, Regelset.standaard().werkvormen().get(niveau).get(schaal));
        assertEquals(niveau, stap4.niveau());
        assertEquals(schaal, stap4.schaal());
        assertEquals(verwacht, namen(stap4.werkvormen()));
        assertEquals(WERKVORMEN_MATRIX.met(niveau, schaal.label()), stap4.onderbouwing().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"STRAAT_BUURT", "DORP_WIJK", "GEBIED_REGIO", "GEMEENTE"})
    void communicerenIsAltijdMeeweten(Schaal schaal) {
        Stap4Uitkomst stap4 = Beoordeling.van(invoer().intensiteit(Intensiteit.ZWAAR).schaal(schaal)
                .belanghebbende(metBehoefte("Omwonenden", 6))).stap4();

        assertEquals(Regelset.standaard().werkvormen().get(Niveau.MEEWETEN).get(schaal), namen(stap4.communicatie()));
        assertEquals(COMMUNICEREN_IS_MEEWETEN.met(schaal.label()), stap4.onderbouwing().get(1));
    }

    @Test
    void perBelanghebbendeDeWerkvormenVanDiensNiveau() {
        Stap4Uitkomst stap4 = Beoordeling.van(invoer().intensiteit(Intensiteit.ZWAAR).schaal(Schaal.GEMEENTE)
                .belanghebbende(metBehoefte("Omwonenden", 5))
                .belanghebbende(metBehoefte("Raadsleden", 3))).stap4();

        assertEquals(2, stap4.perBelanghebbende().size());
        assertEquals(new WerkvormenVoorBelanghebbende("Omwonenden", Niveau.MEEDOEN, stap4.werkvormen()),
                stap4.perBelanghebbende().get(0));
        assertEquals("Raadsleden", stap4.perBelanghebbende().get(1).naam());
        assertEquals(Niveau.MEEDENKEN, stap4.perBelanghebbende().get(1).niveau());
        assertEquals(List.of("Enquête", "Digitale inloop", "Initiatievenpitch", "Expertpanel"),
                namen(stap4.perBelanghebbende().get(1).werkvormen()));
    }

    private static WerkvormScore score(String gemiddelde, int aantal) {
        return new WerkvormScore(new BigDecimal(gemiddelde), aantal);
    }

    static Stream<Arguments> volgordeOpEffectiviteit() {
        return Stream.of(
                Arguments.of("hoogste gemiddelde eerst, ongetest erachter",
                        Map.of("Versnellingskamer", score("4.5", 3), "Workshop", score("3.0", 10)),
                        List.of("Versnellingskamer", "Workshop", "Online atelier"), VOLGORDE_OP_EFFECTIVITEIT, 13),
                Arguments.of("gelijk gemiddelde: meer evaluaties eerst",
                        Map.of("Workshop", score("4.0", 2), "Versnellingskamer", score("4.00", 5)),
                        List.of("Versnellingskamer", "Workshop", "Online atelier"), VOLGORDE_OP_EFFECTIVITEIT, 7),
                Arguments.of("volledig gelijk: matrixvolgorde",
                        Map.of("Versnellingskamer", score("4.0", 2), "Online atelier", score("4.0", 2)),
                        List.of("Online atelier", "Versnellingskamer", "Workshop"), VOLGORDE_OP_EFFECTIVITEIT, 4),
                Arguments.of("naam zonder hoofdletters of met spaties",
                        Map.of(" workshop ", score("5", 1)),
                        List.of("Workshop", "Online atelier", "Versnellingskamer"), VOLGORDE_OP_EFFECTIVITEIT, 1),
                Arguments.of("alleen andere werkvormen geëvalueerd",
                        Map.of("Enquête", score("5", 40)), MEEDOEN_DORP_WIJK, NOG_NIET_GEEVALUEERD, 0),
                Arguments.of("onbruikbare scores tellen niet",
                        Map.of("Workshop", score("6", 3), "Versnellingskamer", score("4", 0),
                                "Online atelier", score("0.5", 2)),
                        MEEDOEN_DORP_WIJK, NOG_NIET_GEEVALUEERD, 0),
                Arguments.of("geen evaluaties", Map.of(), MEEDOEN_DORP_WIJK, NOG_NIET_GEEVALUEERD, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void volgordeOpEffectiviteit(String omschrijving, Map<String, WerkvormScore> scores, List<String> volgorde,
                                 OnderbouwingCode code, int evaluaties) {
        Stap4Uitkomst stap4 = beoordeel(invoer().intensiteit(Intensiteit.MIDDEL).schaal(Schaal.DORP_WIJK)
                .belanghebbende(metBehoefte("Jongeren", 5)), WerkvormEffectiviteit.van(scores)).stap4();

        assertEquals(volgorde, namen(stap4.werkvormen()));
        assertEquals(volgorde, namen(stap4.perBelanghebbende().get(0).werkvormen()));
        assertEquals(code == VOLGORDE_OP_EFFECTIVITEIT, stap4.volgordeOpEffectiviteit());
        Onderbouwing reden = stap4.onderbouwing().get(2);
        assertEquals(code, reden.code());
        if (code == VOLGORDE_OP_EFFECTIVITEIT) {
            assertEquals(VOLGORDE_OP_EFFECTIVITEIT.met(evaluaties), reden);
        }
    }

    @Test
    void effectiviteitGeldtOokVoorDeCommunicatiemiddelen() {
        Stap4Uitkomst stap4 = beoordeel(invoer().schaal(Schaal.GEMEENTE), WerkvormEffectiviteit.van(
                Map.of("Social media", score("4.8", 12), "Webinar", score("2.1", 3)))).stap4();

        assertEquals(List.of("Social media", "Webinar", "Posters/zuilen", "Huis-aan-huisbladen", "Website"),
                namen(stap4.communicatie()));
        assertEquals(new WerkvormAdvies("Social media", new BigDecimal("4.8"), 12), stap4.communicatie().get(0));
        assertEquals(new WerkvormAdvies("Posters/zuilen", null, 0), stap4.communicatie().get(2));
        // plan MEEWETEN: dezelfde twee werkvormen in beide lijsten tellen één keer mee
        assertEquals(VOLGORDE_OP_EFFECTIVITEIT.met(15), stap4.onderbouwing().get(2));
    }

    @Test
    void dezelfdeWerkvormOnderTweeSchrijfwijzenWordtGewogenSamengevoegd() {
        Map<String, WerkvormScore> scores = new LinkedHashMap<>();
        scores.put("Workshop", score("5", 1));
        scores.put("workshop", score("3", 3));
        Stap4Uitkomst stap4 = beoordeel(invoer().intensiteit(Intensiteit.MIDDEL)
                .belanghebbende(metBehoefte("Jongeren", 5)), WerkvormEffectiviteit.van(scores)).stap4();

        assertEquals(new WerkvormAdvies("Workshop", new BigDecimal("3.50"), 4), stap4.werkvormen().get(0));
    }

    @Test
    void evaluationServiceOnbereikbaarHoudtDeMatrixvolgorde() {
        Uitkomst uitkomst = beoordeel(invoer().intensiteit(Intensiteit.MIDDEL)
                .belanghebbende(metBehoefte("Jongeren", 5)), WerkvormEffectiviteit.onbeschikbaar());
        Stap4Uitkomst stap4 = uitkomst.stap4();

        assertEquals(MEEDOEN_DORP_WIJK, namen(stap4.werkvormen()));
        assertFalse(stap4.volgordeOpEffectiviteit());
        assertNull(stap4.werkvormen().get(0).gemiddeldeWaardering());
        assertEquals(List.of(WERKVORMEN_MATRIX, COMMUNICEREN_IS_MEEWETEN, EFFECTIVITEIT_ONBESCHIKBAAR),
                codes(stap4.onderbouwing()));
        assertTrue(uitkomst.stap3().belanghebbenden().size() == 1, "de rest van de uitkomst staat er gewoon");
    }
}
