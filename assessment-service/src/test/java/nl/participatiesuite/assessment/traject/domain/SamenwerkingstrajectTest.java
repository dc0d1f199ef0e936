package nl.participatiesuite.assessment.traject.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamenwerkingstrajectTest {

    private static final Instant NU = Instant.parse("2024-03-01T09:00:00Z");
    private static final LocalDate COLLEGE = LocalDate.of(2024, 2, 12);
    private static final LocalDate RAAD = LocalDate.of(2024, 2, 26);

    /** Een traject op de gegeven stap, met een volledige terugkoppeling voor elke fase tot en met de huidige. */
    private static Samenwerkingstraject op(int stap, boolean terugkoppelingHuidigeFase) {
        TrajectStap huidig = TrajectStap.metNummer(stap);
        List<Terugkoppeling> terugkoppelingen = Arrays.stream(Fase.values())
                .filter(f -> f.compareTo(huidig.fase()) < 0 || (terugkoppelingHuidigeFase && f == huidig.fase()))
                .map(f -> new Terugkoppeling(f, COLLEGE, RAAD))
                .toList();
        return new Samenwerkingstraject(huidig, terugkoppelingen, List.of());
    }

    @Test
    void nieuwTrajectBegintBijStap1() {
        Samenwerkingstraject traject = Samenwerkingstraject.nieuw();

        assertEquals(TrajectStap.CONTEXT_EN_PROBLEEM, traject.huidigeStap());
        assertEquals(Fase.VERKENNING, traject.huidigeFase());
        assertEquals(List.of(), traject.geschiedenis());
        assertEquals(List.of(), traject.terugkoppelingen());
    }

    @ParameterizedTest(name = "{0} -> {1}, terugkoppeling={2}, reden ''{3}''")
    @CsvSource(nullValues = "-", value = {
            // vooruit binnen een fase: vrij
            " 1,  2, false, -",
            " 3,  4, false, -",
            " 5,  6, false, -",
            "14, 15, false, -",
            // een fase verlaten: alleen met terugkoppeling
            " 4,  5, true,  -",
            " 6,  7, true,  -",
            " 9, 10, true,  -",
            "13, 14, true,  -",
            // terug binnen een fase: zonder reden
            " 4,  1, false, -",
            "13, 10, false, -",
            // terug naar een eerdere fase: met reden
            " 7,  4, true,  Kaders moeten worden aangepast",
            " 8,  1, false, Nieuwe partner meldt zich",
            "16,  5, true,  Partner trekt zich terug"})
    void toegestaneOvergangen(int van, int naar, boolean terugkoppeling, String reden) {
        Samenwerkingstraject traject = op(van, terugkoppeling)
                .naar(TrajectStap.metNummer(naar), reden, "beleidsadviseur", NU);

        assertEquals(naar, traject.huidigeStap().nummer());
        Overgang overgang = traject.geschiedenis().get(0);
        assertEquals(new Overgang(TrajectStap.metNummer(van), TrajectStap.metNummer(naar), reden, "beleidsadviseur",
                NU, overgang.vervallenTerugkoppelingen()), overgang);
    }

    @ParameterizedTest(name = "{0} -> {1}, terugkoppeling={2} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // stappen overslaan of blijven staan
            " 1,  3, false, -,     ONGELDIGE_STAP",
            " 1,  1, false, -,     ONGELDIGE_STAP",
            " 4,  6, true,  -,     ONGELDIGE_STAP",
            " 2,  5, true,  -,     ONGELDIGE_STAP",
            // fase verlaten zonder terugkoppeling
            " 4,  5, false, -,     TERUGKOPPELING_ONTBREEKT",
            " 6,  7, false, -,     TERUGKOPPELING_ONTBREEKT",
            " 9, 10, false, -,     TERUGKOPPELING_ONTBREEKT",
            "13, 14, false, -,     TERUGKOPPELING_ONTBREEKT",
            // terug naar een eerdere fase zonder reden (blanco tekst maakt de aanroeper null: TrajectResourceTest)
            " 5,  4, false, -,     REDEN_VEREIST",
            "10,  1, true,  -,     REDEN_VEREIST"})
    void geweigerdeOvergangen(int van, int naar, boolean terugkoppeling, String reden, TrajectFoutCode code) {
        Samenwerkingstraject traject = op(van, terugkoppeling);

        TrajectException fout = assertThrows(TrajectException.class,
                () -> traject.naar(TrajectStap.metNummer(naar), reden, "beleidsadviseur", NU));
        assertEquals(code, fout.code());
    }

    @Test
    void halveTerugkoppelingIsNietGenoeg() {
        Samenwerkingstraject alleenCollege = op(4, false).collegeHeeftGerapporteerd(COLLEGE);
        Samenwerkingstraject alleenRaad = op(4, false).raadHeeftKadersVastgesteld(RAAD);

        assertEquals(TrajectFoutCode.TERUGKOPPELING_ONTBREEKT, assertThrows(TrajectException.class,
                () -> alleenCollege.volgende("griffier", NU)).code());
        assertEquals(TrajectFoutCode.TERUGKOPPELING_ONTBREEKT, assertThrows(TrajectException.class,
                () -> alleenRaad.volgende("griffier", NU)).code());
        Samenwerkingstraject beide = alleenCollege.raadHeeftKadersVastgesteld(RAAD);
        assertEquals(new Terugkoppeling(Fase.VERKENNING, COLLEGE, RAAD), beide.terugkoppeling(Fase.VERKENNING).orElseThrow());
        assertEquals(TrajectStap.AFTASTEN_BEREIDHEID_PARTNERS, beide.volgende("griffier", NU).huidigeStap());
    }

    @Test
    void terugNaarEenEerdereFaseLaatDeTerugkoppelingenOpnieuwDoen() {
        Samenwerkingstraject traject = op(7, false);
        Terugkoppeling verkenning = traject.terugkoppeling(Fase.VERKENNING).orElseThrow();
        Terugkoppeling intentie = traject.terugkoppeling(Fase.INTENTIE).orElseThrow();

        Samenwerkingstraject terug = traject.naar(TrajectStap.PROCESMATIGE_AFSPRAKEN,
                "Kaders moeten worden aangepast", "projectleider", NU);

        assertEquals(List.of(), terug.terugkoppelingen());
        assertEquals(List.of(verkenning, intentie), terug.geschiedenis().get(0).vervallenTerugkoppelingen());
        assertEquals(TrajectFoutCode.TERUGKOPPELING_ONTBREEKT, assertThrows(TrajectException.class,
                () -> terug.volgende("projectleider", NU)).code());
    }

    @Test
    void terugBinnenDeFaseHoudtDeTerugkoppeling() {
        Samenwerkingstraject traject = op(4, true);

        Samenwerkingstraject terug = traject.naar(TrajectStap.AFBAKENING_TAAKVELDEN, null, "projectleider", NU);

        assertTrue(terug.terugkoppeling(Fase.VERKENNING).isPresent());
        assertNull(terug.geschiedenis().get(0).reden());
        assertEquals(List.of(), terug.geschiedenis().get(0).vervallenTerugkoppelingen());
    }

    @Test
    void heelHetTrajectDoorlopenGeeftVijftienOvergangen() {
        Samenwerkingstraject traject = Samenwerkingstraject.nieuw();
        for (int i = 1; i < 16; i++) {
            if (traject.huidigeStap().fase() != TrajectStap.metNummer(i + 1).fase()) {
                traject = traject.collegeHeeftGerapporteerd(COLLEGE).raadHeeftKadersVastgesteld(RAAD);
            }
            traject = traject.volgende("projectleider", NU.plusSeconds(i));
        }

        assertEquals(TrajectStap.MONITOREN_EN_EVALUEREN, traject.huidigeStap());
        assertEquals(15, traject.geschiedenis().size());
        assertEquals(4, traject.terugkoppelingen().size());
        assertEquals(NU.plusSeconds(15), traject.geschiedenis().get(14).tijdstip());
        Samenwerkingstraject einde = traject;
        assertEquals(TrajectFoutCode.ONGELDIGE_STAP,
                assertThrows(TrajectException.class, () -> einde.volgende("projectleider", NU)).code());
    }

    @Test
    void overgangenZijnOnveranderlijk() {
        Samenwerkingstraject origineel = op(1, false);

        Samenwerkingstraject verder = origineel.volgende("projectleider", NU);

        assertEquals(TrajectStap.CONTEXT_EN_PROBLEEM, origineel.huidigeStap());
        assertEquals(List.of(), origineel.geschiedenis());
        assertFalse(verder.geschiedenis().isEmpty());
    }

    /** Een blanco actor komt hier als null binnen: de aanroeper normaliseert (TrajectResourceTest). */
    @ParameterizedTest(name = "actor ''{0}'', tijdstip {1}")
    @CsvSource(nullValues = "-", value = {"-, true", "projectleider, false"})
    void actorEnTijdstipZijnVerplicht(String actor, boolean metTijdstip) {
        Samenwerkingstraject traject = op(1, false);

        TrajectException fout = assertThrows(TrajectException.class,
                () -> traject.naar(TrajectStap.AFBAKENING_TAAKVELDEN, null, actor, metTijdstip ? NU : null));
        assertEquals(TrajectFoutCode.GEGEVEN_VEREIST, fout.code());
    }

    @Test
    void terugkoppelingZonderDatumIsOngeldig() {
        Samenwerkingstraject traject = op(4, false);

        assertEquals(TrajectFoutCode.GEGEVEN_VEREIST,
                assertThrows(TrajectException.class, () -> traject.collegeHeeftGerapporteerd(null)).code());
        assertEquals(TrajectFoutCode.GEGEVEN_VEREIST,
                assertThrows(TrajectException.class, () -> traject.raadHeeftKadersVastgesteld(null)).code());
    }
}
