package nl.participatiesuite.evaluation.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** domain.md §3, burgerpeiling: progress of a target from its baseline measurement. */
class DoelVoortgangTest {

    @ParameterizedTest(name = "voortgang basis {0}, laatste {1}, doel {2} -> {3} ({4})")
    @CsvSource(nullValues = "null", value = {
            "16.0, 23.0, 30.0, 50.0,  halfway from Buren's 2019 value to its 2023 target",
            "16.0, 16.0, 30.0, 0.0,   at the baseline",
            "16.0, 30.0, 30.0, 100.0, exactly at the target",
            "16.0, 17.0, 30.0, 7.1,   one decimal",
            "0.0,  1.0,  16.0, 6.3,   rounded half up (6.25)",
            "16.0, 12.0, 30.0, -28.6, may be negative when the value fell",
            "16.0, 37.0, 30.0, 150.0, may be above 100 when the target is passed",
            "6.0,  6.5,  7.0,  50.0,  rapportcijfer",
            "30.0, 35.0, 30.0, null,  doel == basis: no distance to cover, so none",
            "30.0, 25.0, 30.0, null,  doel == basis also when the value fell"})
    void voortgangIsTheShareOfTheDistanceFromBasisToDoel(String basis, String laatste, String doel, String verwacht,
            String regel) {
        BigDecimal voortgang = DoelVoortgang.voortgang(new BigDecimal(basis), new BigDecimal(laatste), new BigDecimal(doel));
        if (verwacht == null) {
            assertNull(voortgang, regel);
        } else {
            assertEquals(new BigDecimal(verwacht), voortgang, regel);
        }
    }

    @ParameterizedTest(name = "status basis {1} ({0}), laatste {3} ({2}), doel {5} ({4}) -> {6}: {7}")
    @CsvSource({
            "2019, 16.0, 2022, 30.0, 2023, 30.0, BEHAALD,  laatste == doel is reached",
            "2019, 16.0, 2021, 31.0, 2023, 30.0, BEHAALD,  reached before the target year",
            "2019, 16.0, 2021, 23.0, 2023, 30.0, OP_KOERS, exactly on the straight line (boundary)",
            "2019, 16.0, 2021, 22.9, 2023, 30.0, ACHTER,   just below the line",
            "2019, 16.0, 2021, 25.0, 2023, 30.0, OP_KOERS, above the line",
            "2019, 16.0, 2022, 26.5, 2023, 30.0, OP_KOERS, on a line value between whole numbers",
            "2019, 16.0, 2022, 26.4, 2023, 30.0, ACHTER,   below a line value between whole numbers",
            "2019, 16.0, 2019, 16.0, 2023, 30.0, OP_KOERS, only the baseline: the line starts there",
            "2019, 16.0, 2025, 29.9, 2023, 30.0, ACHTER,   after the target year the line stays at doel",
            "2019, 30.0, 2022, 30.0, 2023, 30.0, BEHAALD,  doel == basis and the level was held",
            "2019, 30.0, 2022, 29.0, 2023, 30.0, ACHTER,   doel == basis and the level fell",
            "2023, 16.0, 2023, 20.0, 2023, 30.0, ACHTER,   target year == baseline year: the line is the doel"})
    void statusComparesWithDoelThenWithTheLineFromBasisToDoel(int basisJaar, String basis, int laatsteJaar,
            String laatste, int doelJaar, String doel, Voortgangsstatus verwacht, String regel) {
        Voortgangsstatus status = DoelVoortgang.status(punt(basisJaar, basis), punt(laatsteJaar, laatste), punt(doelJaar, doel));
        assertEquals(verwacht, status, regel);
    }

    @ParameterizedTest(name = "koers in {0} -> {1}: {2}")
    @CsvSource({
            "2019, 16.0, starts at the baseline",
            "2021, 23.0, halfway in time is halfway in value",
            "2022, 26.5, a quarter before the end",
            "2023, 30.0, ends at the target",
            "2026, 30.0, stays at the target after its year"})
    void koersIsTheStraightLineFromBasisToDoel(int jaar, String verwacht, String regel) {
        BigDecimal koers = DoelVoortgang.koerswaarde(punt(2019, "16.0"), punt(2023, "30.0"), jaar);
        assertEquals(0, new BigDecimal(verwacht).compareTo(koers), regel + ": " + koers);
    }

    @Test
    void koersIsTheDoelWhenTheTargetYearIsNotAfterTheBaseline() {
        assertEquals(0, new BigDecimal("30.0").compareTo(DoelVoortgang.koerswaarde(punt(2023, "16.0"), punt(2023, "30.0"), 2023)));
    }

    @Test
    void basisIsTheEarliestAndLaatsteTheMostRecentMeasurement() {
        Voortgang v = DoelVoortgang.bereken(List.of(punt(2022, "26.5"), punt(2019, "16.0")), punt(2023, "30.0"));
        assertEquals(punt(2019, "16.0"), v.basis());
        assertEquals(punt(2022, "26.5"), v.laatste());
        assertEquals(new BigDecimal("75.0"), v.voortgang());
        assertEquals(new BigDecimal("26.5"), v.koerswaarde());
        assertEquals(Voortgangsstatus.OP_KOERS, v.status());
    }

    @Test
    void withoutMeasurementsTheStatusIsGeenMeting() {
        Voortgang v = DoelVoortgang.bereken(List.of(), punt(2023, "30.0"));
        assertEquals(Voortgangsstatus.GEEN_METING, v.status());
        assertNull(v.voortgang());
        assertNull(v.basis());
    }

    @ParameterizedTest(name = "gap {0} vs benchmark {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "16.0, 29.0, -13.0",
            "6.0,  6.1,  -0.1",
            "35.0, 30.0, 5.0",
            "20.0, 20.0, 0.0",
            "20.0, null, null"})
    void gapToTheBenchmarkIsWaardeMinusBenchmark(String waarde, String benchmark, String verwacht) {
        BigDecimal gap = Benchmark.verschil(new BigDecimal(waarde), benchmark == null ? null : new BigDecimal(benchmark));
        assertEquals(verwacht == null ? null : new BigDecimal(verwacht), gap);
    }

    private static Meetpunt punt(int jaar, String waarde) {
        return new Meetpunt(jaar, new BigDecimal(waarde));
    }
}
