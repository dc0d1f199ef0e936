package nl.participatiesuite.evaluation.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rule "the gap to the benchmark" (domain.md §3): waarde − benchmark, one decimal; negative means behind. */
public final class Benchmark {

    private Benchmark() {
    }

    /** Null when the measurement has no benchmark. */
    public static BigDecimal verschil(BigDecimal waarde, BigDecimal benchmark) {
        return benchmark == null ? null : waarde.subtract(benchmark).setScale(1, RoundingMode.HALF_UP);
    }
}
