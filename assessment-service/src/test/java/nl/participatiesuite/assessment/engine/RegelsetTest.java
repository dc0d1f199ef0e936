package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.namenEnCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegelsetTest {

    private static final Regelset STANDAARD = Regelset.standaard();

    @Test
    void standaardRegelsetIsGeldig() {
        assertEquals(List.of(), STANDAARD.valideer());
    }

    static Stream<Arguments> standaardDrempels() {
        return Stream.of(
                Arguments.of("LICHT tot en met score", STANDAARD.intensiteit().lichtTotEnMet(), 2),
                Arguments.of("ZWAAR vanaf score", STANDAARD.intensiteit().zwaarVanaf(), 5),
                Arguments.of("beladen vanaf maatschappelijk belang", STANDAARD.samenwerkingsplan().beladenVanaf(), 5),
                Arguments.of("samenwerkingsplan vanaf hinder", STANDAARD.samenwerkingsplan().hinderVanaf(), 5),
                Arguments.of("bredere groep vanaf bijdrage", STANDAARD.bredereGroepVanaf(), 4),
                Arguments.of("opslag negatieve gevolgen", STANDAARD.behoefte().opslagNegatieveGevolgen(), 1),
                Arguments.of("opslag past niet bij belang", STANDAARD.behoefte().opslagPastNietBijBelang(), 1),
                Arguments.of("MEEDENKEN vanaf behoefte", STANDAARD.behoefte().meedenkenVanaf(), 3),
                Arguments.of("MEEDOEN vanaf behoefte", STANDAARD.behoefte().meedoenVanaf(), 5),
                Arguments.of("MEEBESLISSEN vanaf behoefte", STANDAARD.behoefte().meebeslissenVanaf(), 6),
                Arguments.of("maximum bij LICHT", STANDAARD.maximumPerIntensiteit().get(Intensiteit.LICHT),
                        Niveau.MEEDENKEN),
                Arguments.of("maximum bij MIDDEL", STANDAARD.maximumPerIntensiteit().get(Intensiteit.MIDDEL),
                        Niveau.MEEDOEN),
                Arguments.of("geen maximum bij ZWAAR", STANDAARD.maximumPerIntensiteit().get(Intensiteit.ZWAAR), null),
                Arguments.of("maximum bij BESLISSER", STANDAARD.maximumBijBeslisser(), Niveau.MEEDENKEN),
                Arguments.of("startnotitie vanaf intensiteit", STANDAARD.startnotitie().intensiteitVanaf(),
                        Intensiteit.ZWAAR),
                Arguments.of("startnotitie vanaf maatschappelijk belang",
                        STANDAARD.startnotitie().maatschappelijkBelangVanaf(), 5),
                Arguments.of("belangenanalyse vanaf hinder", STANDAARD.belangenanalyseHinderVanaf(), 3),
                Arguments.of("ladder MEEWETEN", STANDAARD.ladder().get(Niveau.MEEWETEN), Ladderniveau.INFORMEREN),
                Arguments.of("ladder MEEDENKEN", STANDAARD.ladder().get(Niveau.MEEDENKEN), Ladderniveau.ADVISEREN),
                Arguments.of("ladder MEEDENKEN bij LICHT", STANDAARD.ladderBijLicht().get(Niveau.MEEDENKEN),
                        Ladderniveau.RAADPLEGEN),
                Arguments.of("ladder MEEDOEN", STANDAARD.ladder().get(Niveau.MEEDOEN), Ladderniveau.COPRODUCEREN),
                Arguments.of("ladder MEEBESLISSEN", STANDAARD.ladder().get(Niveau.MEEBESLISSEN),
                        Ladderniveau.MEEBESLISSEN));
    }

    @ParameterizedTest(name = "{0} = {2}")
    @MethodSource
    void standaardDrempels(String drempel, Object waarde, Object verwacht) {
        assertEquals(verwacht, waarde);
    }

    static Stream<Arguments> ongeldigeRegelset() {
        Map<Niveau, Ladderniveau> dalendeLadder = new EnumMap<>(STANDAARD.ladder());
        dalendeLadder.put(Niveau.MEEDOEN, Ladderniveau.RAADPLEGEN);
        Map<Niveau, Ladderniveau> zonderMeedoen = new EnumMap<>(STANDAARD.ladder());
        zonderMeedoen.remove(Niveau.MEEDOEN);
        Map<Niveau, String> zonderInbreng = new EnumMap<>(STANDAARD.inbrengGebruik());
        zonderInbreng.put(Niveau.MEEDOEN, " ");
        Map<Intensiteit, Niveau> metNullMaximum = new HashMap<>(STANDAARD.maximumPerIntensiteit());
        metNullMaximum.put(Intensiteit.ZWAAR, null);
        return Stream.of(
                geval("versie leeg", r -> r.versie(" "), "versie:required"),
                geval("ZWAAR niet boven LICHT", r -> r.intensiteit(3, 3), "intensiteit.zwaarVanaf:inconsistent"),
                geval("LICHT buiten de schaal", r -> r.intensiteit(7, 5), "intensiteit.lichtTotEnMet:max"),
                geval("grens ontbreekt", r -> r.intensiteit(2, null), "intensiteit.zwaarVanaf:required"),
                geval("beladen buiten de schaal", r -> r.samenwerkingsplan(-1, 5), "samenwerkingsplan.beladenVanaf:min"),
                geval("bredere groep buiten de schaal", r -> r.bredereGroepVanaf(7), "bredereGroepVanaf:max"),
                geval("behoeftegrenzen in de verkeerde volgorde",
                        r -> r.behoefte(new Regelset.BehoefteRegels(1, 1, 3, 3, 6)), "behoefte.meedoenVanaf:inconsistent"),
                geval("MEEBESLISSEN niet boven MEEDOEN",
                        r -> r.behoefte(new Regelset.BehoefteRegels(1, 1, 3, 5, 5)), "behoefte.meebeslissenVanaf:inconsistent"),
                geval("negatieve opslag",
                        r -> r.behoefte(new Regelset.BehoefteRegels(-1, 1, 3, 5, 6)),
                        "behoefte.opslagNegatieveGevolgen:min"),
                geval("maximum MIDDEL lager dan LICHT", r -> r.maximumPerIntensiteit(
                        Map.of(Intensiteit.LICHT, Niveau.MEEDOEN, Intensiteit.MIDDEL, Niveau.MEEDENKEN)),
                        "maximumPerIntensiteit.MIDDEL:inconsistent"),
                geval("maximum ZWAAR lager dan MIDDEL", r -> r.maximumPerIntensiteit(Map.of(
                        Intensiteit.LICHT, Niveau.MEEDENKEN, Intensiteit.ZWAAR, Niveau.MEEWETEN)),
                        "maximumPerIntensiteit.ZWAAR:inconsistent"),
                geval("maximum zonder niveau", r -> r.maximumPerIntensiteit(metNullMaximum),
                        "maximumPerIntensiteit.ZWAAR:required"),
                geval("maximum voor GEEN is niet instelbaar", r -> r.maximumPerIntensiteit(Map.of(
                        Intensiteit.GEEN, Niveau.MEEDENKEN, Intensiteit.LICHT, Niveau.MEEDENKEN)),
                        "maximumPerIntensiteit.GEEN:enum"),
                geval("maximum bij beslisser ontbreekt", r -> r.maximumBijBeslisser(null), "maximumBijBeslisser:required"),
                geval("ladder mist een niveau", r -> r.ladder(zonderMeedoen), "ladder.MEEDOEN:required"),
                geval("ladder daalt", r -> r.ladder(dalendeLadder), "ladder.MEEDOEN:inconsistent"),
                geval("ladder bij LICHT daalt", r -> r.ladderBijLicht(Map.of(Niveau.MEEDOEN, Ladderniveau.INFORMEREN)),
                        "ladderBijLicht.MEEDOEN:inconsistent"),
                geval("startnotitie vanaf GEEN", r -> r.startnotitie(Intensiteit.GEEN, 5),
                        "startnotitie.intensiteitVanaf:enum"),
                geval("startnotitie belang buiten de schaal", r -> r.startnotitie(Intensiteit.ZWAAR, 9),
                        "startnotitie.maatschappelijkBelangVanaf:max"),
                geval("belangenanalyse zonder grens", r -> r.belangenanalyseHinderVanaf(null),
                        "belangenanalyseHinderVanaf:required"),
                geval("inbrenggebruik leeg", r -> r.inbrengGebruik(zonderInbreng), "inbrengGebruik.MEEDOEN:required"),
                geval("matrixcel ontbreekt", r -> r.zonderCel(Niveau.MEEDOEN, Schaal.GEMEENTE),
                        "werkvormen.MEEDOEN.GEMEENTE:required"),
                geval("matrixcel leeg", r -> r.cel(Niveau.MEEWETEN, Schaal.STRAAT_BUURT, List.of()),
                        "werkvormen.MEEWETEN.STRAAT_BUURT:required"),
                geval("werkvorm zonder naam", r -> r.cel(Niveau.MEEDENKEN, Schaal.DORP_WIJK, List.of("Enquête", " ")),
                        "werkvormen.MEEDENKEN.DORP_WIJK[1]:required"),
                geval("werkvorm dubbel in een cel",
                        r -> r.cel(Niveau.MEEDENKEN, Schaal.DORP_WIJK, List.of("Enquête", "enquête ")),
                        "werkvormen.MEEDENKEN.DORP_WIJK[1]:duplicate"));
    }

    private static Arguments geval(String omschrijving, UnaryOperator<RegelsetBouwer> wijziging, String... verwacht) {
        return Arguments.of(omschrijving, wijziging, List.of(verwacht));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void ongeldigeRegelset(String omschrijving, UnaryOperator<RegelsetBouwer> wijziging, List<String> verwacht) {
        assertEquals(verwacht, namenEnCodes(wijziging.apply(RegelsetBouwer.standaard()).bouw().valideer()));
    }

    @Test
    void legeRegelsetMeldtAllesTegelijk() {
        Regelset leeg = new Regelset(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        List<String> overtredingen = namenEnCodes(leeg.valideer());

        // 8 enkelvoudige velden, 4 ladderniveaus, 4 inbrengzinnen en 16 matrixcellen; geen maxima is geldig.
        assertEquals(8 + 4 + 4 + 16, overtredingen.size(), overtredingen::toString);
        assertEquals("versie:required", overtredingen.get(0));
        assertEquals("werkvormen.MEEBESLISSEN.GEMEENTE:required", overtredingen.get(overtredingen.size() - 1));
    }

    @Test
    void engineWeigertEenOngeldigeRegelset() {
        Regelset ongeldig = RegelsetBouwer.standaard().intensiteit(4, 4).bouw();

        OngeldigeInvoerException fout = assertThrows(OngeldigeInvoerException.class,
                () -> Beoordeling.van(InvoerBouwer.invoer(), ongeldig));
        assertEquals(List.of("regelset.intensiteit.zwaarVanaf:inconsistent"), namenEnCodes(fout.overtredingen()));
    }

    @Test
    void uitkomstLegtDeRegelsetVersieVast() {
        Regelset maatwerk = RegelsetBouwer.standaard().versie("buren-2024.1").bouw();

        assertEquals("buren-2024.1", Beoordeling.van(InvoerBouwer.invoer(), maatwerk).regelsetVersie());
        assertEquals("standaard-1", Beoordeling.van(InvoerBouwer.invoer()).regelsetVersie());
    }
}
