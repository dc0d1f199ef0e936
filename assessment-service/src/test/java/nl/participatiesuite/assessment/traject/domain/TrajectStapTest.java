package nl.participatiesuite.assessment.traject.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrajectStapTest {

    @ParameterizedTest(name = "stap {0}: {2} ({1})")
    @CsvSource(delimiter = '|', value = {
            " 1 | VERKENNING | Context en probleem",
            " 2 | VERKENNING | Afbakening taakveld(en)",
            " 3 | VERKENNING | Afbakening netwerk",
            " 4 | VERKENNING | Procesmatige afspraken",
            " 5 | INTENTIE   | Aftasten bereidheid optionele partners",
            " 6 | INTENTIE   | Co-creatie",
            " 7 | UITWERKING | Samenwerkings-/besturingsmodellen",
            " 8 | UITWERKING | Juridische vormen",
            " 9 | UITWERKING | Conceptafspraken overeenkomst",
            "10 | REALISATIE | Opstellen overeenkomst",
            "11 | REALISATIE | Besluitvorming",
            "12 | REALISATIE | Bekendmaking",
            "13 | REALISATIE | Inwerkingtreding",
            "14 | IN_BEDRIJF | Grip op rollen",
            "15 | IN_BEDRIJF | Relatiemanagement",
            "16 | IN_BEDRIJF | Monitoren en evalueren"})
    void zestienStappenInVijfFasen(int nummer, Fase fase, String titel) {
        TrajectStap stap = TrajectStap.metNummer(nummer);

        assertEquals(nummer, stap.nummer());
        assertEquals(nummer, stap.ordinal() + 1);
        assertEquals(fase, stap.fase());
        assertEquals(titel, stap.titel());
    }

    @Test
    void onbekendStapnummerIsOngeldig() {
        assertEquals(TrajectFoutCode.ONGELDIGE_STAP,
                assertThrows(TrajectException.class, () -> TrajectStap.metNummer(17)).code());
        assertEquals(TrajectFoutCode.ONGELDIGE_STAP,
                assertThrows(TrajectException.class, () -> TrajectStap.metNummer(0)).code());
    }

    @ParameterizedTest(name = "fase {1}: {0}")
    @CsvSource({"VERKENNING, 1, Verkenning", "INTENTIE, 2, Intentie", "UITWERKING, 3, Uitwerking",
            "REALISATIE, 4, Realisatie", "IN_BEDRIJF, 5, In bedrijf"})
    void vijfFasen(Fase fase, int nummer, String titel) {
        assertEquals(nummer, fase.nummer());
        assertEquals(titel, fase.titel());
    }
}
