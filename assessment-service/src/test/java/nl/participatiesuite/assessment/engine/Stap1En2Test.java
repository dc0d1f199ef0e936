package nl.participatiesuite.assessment.engine;

import static nl.participatiesuite.assessment.engine.Beoordeling.codes;
import static nl.participatiesuite.assessment.engine.InvoerBouwer.invoer;
import static nl.participatiesuite.assessment.engine.OnderbouwingCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Stap1En2Test {

    static Stream<Arguments> samenwerkingMogelijk() {
        return Stream.of(
                Arguments.of(true, true, true, true, 2, List.of(SAMENWERKING_MOGELIJK)),
                Arguments.of(false, true, true, false, 3, List.of(GEEN_RUIMTE, SAMENWERKING_NIET_MOGELIJK)),
                Arguments.of(true, false, true, false, 3, List.of(GEEN_BELANGEN, SAMENWERKING_NIET_MOGELIJK)),
                Arguments.of(true, true, false, false, 3, List.of(GEEN_TIJD, SAMENWERKING_NIET_MOGELIJK)),
                Arguments.of(false, false, true, false, 3,
                        List.of(GEEN_RUIMTE, GEEN_BELANGEN, SAMENWERKING_NIET_MOGELIJK)),
                Arguments.of(false, true, false, false, 3, List.of(GEEN_RUIMTE, GEEN_TIJD, SAMENWERKING_NIET_MOGELIJK)),
                Arguments.of(true, false, false, false, 3,
                        List.of(GEEN_BELANGEN, GEEN_TIJD, SAMENWERKING_NIET_MOGELIJK)),
                Arguments.of(false, false, false, false, 3,
                        List.of(GEEN_RUIMTE, GEEN_BELANGEN, GEEN_TIJD, SAMENWERKING_NIET_MOGELIJK)));
    }

    @ParameterizedTest(name = "ruimte={0} belangen={1} tijd={2} -> mogelijk={3}, volgende stap {4}")
    @MethodSource
    void samenwerkingMogelijk(boolean ruimte, boolean belangen, boolean tijd, boolean mogelijk, int volgendeStap,
                              List<OnderbouwingCode> redenen) {
        Stap1Uitkomst stap1 = Beoordeling.van(invoer().ruimte(ruimte).belangen(belangen).tijd(tijd)).stap1();

        assertEquals(mogelijk, stap1.mogelijk());
        assertEquals(volgendeStap, stap1.volgendeStap());
        assertEquals(redenen, codes(stap1.onderbouwing()));
    }

    @Test
    void stap1NegatiefSlaatStap2OverEnGeeftIedereenMeeweten() {
        Uitkomst uitkomst = Beoordeling.van(invoer().tijd(false).omvang(6).maatschappelijkBelang(6)
                .hinderNa(Aspect.OVERLAST, 6)
                .belanghebbende(InvoerBouwer.metBehoefte("Omwonenden", 7))
                .belanghebbende(InvoerBouwer.metBehoefte("Ondernemers", 3)));

        Stap2Uitkomst stap2 = uitkomst.stap2();
        assertFalse(stap2.uitgevoerd());
        assertEquals(Intensiteit.GEEN, stap2.intensiteit());
        assertFalse(stap2.samenwerkingsplanAdvies());
        assertNull(stap2.score());
        assertNull(stap2.hinder());
        assertEquals(List.of(STAP2_OVERGESLAGEN), codes(stap2.onderbouwing()));
        assertEquals(List.of(Niveau.MEEWETEN, Niveau.MEEWETEN),
                uitkomst.stap3().belanghebbenden().stream().map(InbrengAdvies::niveau).toList());
        assertEquals(Niveau.MEEWETEN, uitkomst.stap3().niveau());
        assertEquals(Ladderniveau.INFORMEREN, uitkomst.stap3().ladderniveau());
    }

    @ParameterizedTest(name = "tijdens {0}={1}, na {2}={3} -> hinder {4}")
    @CsvSource(nullValues = "-", value = {
            "-,           -, -,           -, 0, ''",
            "OVERLAST,    2, -,           -, 2, ' (overlast, tijdens realisatie)'",
            "OVERLAST,    2, UITZICHT,    4, 4, ' (uitzicht, na realisatie)'",
            "PRINCIPIEEL, 6, UITSTRALING, 1, 6, ' (principiële waarden, tijdens realisatie)'",
            "OVERLAST,    3, OVERLAST,    3, 3, ' (overlast, tijdens realisatie)'"})
    void hinderIsHetHoogsteAspectTijdensEnNa(Aspect tijdens, Integer tijdensWaarde, Aspect na, Integer naWaarde,
                                             int hinder, String herkomst) {
        InvoerBouwer bouwer = invoer();
        if (tijdens != null) {
            bouwer.hinderTijdens(tijdens, tijdensWaarde);
        }
        if (na != null) {
            bouwer.hinderNa(na, naWaarde);
        }
        Stap2Uitkomst stap2 = Beoordeling.van(bouwer).stap2();

        assertEquals(hinder, stap2.hinder());
        Onderbouwing reden = stap2.onderbouwing().stream().filter(o -> o.code() == HINDER).findFirst().orElseThrow();
        assertEquals("De hinder is " + Schaalwaarde.beschrijf(hinder) + ": het hoogste aspect tijdens en na realisatie"
                + herkomst + ".", reden.tekst());
    }

    @ParameterizedTest(name = "omvang {0}, belang {1}, hinder {2} -> score {3}")
    @CsvSource({"4, 1, 2, 4", "1, 3, 2, 3", "0, 1, 2, 2", "0, 0, 0, 0", "6, 6, 6, 6"})
    void scoreIsHetMaximumVanOmvangBelangEnHinder(int omvang, int belang, int hinder, int score) {
        Stap2Uitkomst stap2 = Beoordeling.van(invoer().omvang(omvang).maatschappelijkBelang(belang)
                .hinderTijdens(Aspect.PRAKTISCH, hinder)).stap2();

        assertEquals(score, stap2.score());
        assertTrue(stap2.onderbouwing().contains(SCORE.met(omvang, belang, hinder, score)));
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({
            "0, LICHT,  INTENSITEIT_LICHT",
            "2, LICHT,  INTENSITEIT_LICHT",
            "3, MIDDEL, INTENSITEIT_MIDDEL",
            "4, MIDDEL, INTENSITEIT_MIDDEL",
            "5, ZWAAR,  INTENSITEIT_ZWAAR",
            "6, ZWAAR,  INTENSITEIT_ZWAAR"})
    void intensiteitGrenzen(int score, Intensiteit intensiteit, OnderbouwingCode code) {
        Stap2Uitkomst stap2 = Beoordeling.van(invoer().omvang(score)).stap2();

        assertEquals(intensiteit, stap2.intensiteit());
        assertTrue(codes(stap2.onderbouwing()).contains(code));
    }

    static Stream<Arguments> samenwerkingsplanAdvies() {
        Regelset zwaarVanaf6 = RegelsetBouwer.standaard().intensiteit(2, 6).bouw();
        return Stream.of(
                Arguments.of("score 4: geen plan", Regelset.standaard(), 4, 4, 4, false,
                        List.of(GEEN_SAMENWERKINGSPLAN_NODIG)),
                Arguments.of("ZWAAR door omvang", Regelset.standaard(), 5, 0, 0, true, List.of(SAMENWERKINGSPLAN_ZWAAR)),
                Arguments.of("beladen (is ook ZWAAR)", Regelset.standaard(), 0, 5, 0, true,
                        List.of(SAMENWERKINGSPLAN_ZWAAR, SAMENWERKINGSPLAN_BELADEN)),
                Arguments.of("hinder 5 (is ook ZWAAR)", Regelset.standaard(), 0, 0, 5, true,
                        List.of(SAMENWERKINGSPLAN_ZWAAR, SAMENWERKINGSPLAN_HINDER)),
                Arguments.of("maatwerk ZWAAR vanaf 6: beladen alleen", zwaarVanaf6, 0, 5, 0, true,
                        List.of(SAMENWERKINGSPLAN_BELADEN)),
                Arguments.of("maatwerk ZWAAR vanaf 6: hinder alleen", zwaarVanaf6, 0, 0, 5, true,
                        List.of(SAMENWERKINGSPLAN_HINDER)),
                Arguments.of("maatwerk ZWAAR vanaf 6: belang 4 en hinder 4", zwaarVanaf6, 5, 4, 4, false,
                        List.of(GEEN_SAMENWERKINGSPLAN_NODIG)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void samenwerkingsplanAdvies(String omschrijving, Regelset regelset, int omvang, int belang, int hinder,
                                 boolean advies, List<OnderbouwingCode> redenen) {
        Stap2Uitkomst stap2 = Beoordeling.van(invoer().omvang(omvang).maatschappelijkBelang(belang)
                .hinderNa(Aspect.FINANCIEEL, hinder), regelset).stap2();

        assertEquals(advies, stap2.samenwerkingsplanAdvies());
        List<OnderbouwingCode> planCodes = codes(stap2.onderbouwing()).stream()
                .filter(c -> c.name().contains("SAMENWERKINGSPLAN")).toList();
        assertEquals(redenen, planCodes);
    }

    @ParameterizedTest(name = "maatschappelijke bijdrage {0} -> bredere groep {1}")
    @CsvSource({"3, false", "4, true", "6, true"})
    void bredereGroepInDeBelangenanalyse(int bijdrage, boolean bredereGroep) {
        Stap2Uitkomst stap2 = Beoordeling.van(invoer().maatschappelijkeBijdrage(bijdrage)).stap2();

        assertEquals(bredereGroep, stap2.bredereGroep());
        assertEquals(bredereGroep, codes(stap2.onderbouwing()).contains(BREDERE_GROEP));
    }

    @Test
    void nietIngevuldeSchaalvragenTellenAlsNiet() {
        Stap2Uitkomst stap2 = Beoordeling.van(invoer().omvang(null).maatschappelijkBelang(null)
                .maatschappelijkeBijdrage(null)).stap2();

        assertEquals(0, stap2.score());
        assertEquals(Intensiteit.LICHT, stap2.intensiteit());
        assertEquals(NIET_INGEVULD_TELT_ALS_NIET.met("omvang, maatschappelijk belang en maatschappelijke bijdrage"),
                stap2.onderbouwing().get(0));
    }
}
