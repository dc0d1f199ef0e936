package nl.participatiesuite.evaluation.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain.md §3, burgerpeiling: the gap to the benchmark, waarde − benchmark on one decimal. */
class BenchmarkTest {

    @ParameterizedTest(name = "waarde {0}, benchmark {1} -> {2} ({3})")
    @CsvSource(nullValues = "geen", textBlock = """
            # waarde | benchmark | verschil | rule
            16.0     | 29.0      | -13.0    | behind the benchmark is negative
            35.0     | 30.0      | 5.0      | ahead of it is positive
            6.0      | 6.1       | -0.1     | rapportcijfer against the Dutch average
            30.0     | 30.0      | 0.0      | equal
            16       | 29        | -13.0    | always one decimal
            16.0     | geen      | geen     | without a benchmark there is no gap
            """, delimiter = '|')
    void verschilIsWaardeMinusBenchmark(BigDecimal waarde, BigDecimal benchmark, BigDecimal verwacht, String regel) {
        assertEquals(verwacht, Benchmark.verschil(waarde, benchmark), regel);
    }
}
