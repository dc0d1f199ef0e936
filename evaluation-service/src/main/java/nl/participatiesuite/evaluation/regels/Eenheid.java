package nl.participatiesuite.evaluation.regels;

import java.math.BigDecimal;

/**
 * What a stelling is measured in. Rule "a measurement outside 0..100 % (or a grade outside 1..10) is
 * refused" (domain.md §3): both bounds are inclusive, values have at most one decimal.
 */
public enum Eenheid {
    /** Share of respondents that agrees with the stelling. */
    PERCENTAGE(new BigDecimal("0"), new BigDecimal("100")),
    /** The rapportcijfer, a Dutch school grade. */
    RAPPORTCIJFER(new BigDecimal("1"), new BigDecimal("10"));

    private final BigDecimal minimum;
    private final BigDecimal maximum;

    Eenheid(BigDecimal minimum, BigDecimal maximum) {
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /**
     * Why a value is refused, as an invalidParams code: {@code min} or {@code max} outside the bounds,
     * {@code format} for more than one decimal; null when it is allowed.
     */
    public String overtreding(BigDecimal waarde) {
        if (waarde.compareTo(minimum) < 0) {
            return "min";
        }
        if (waarde.compareTo(maximum) > 0) {
            return "max";
        }
        return waarde.stripTrailingZeros().scale() > 1 ? "format" : null;
    }

    /** The reason a value is refused, for the 400. */
    public String bereik() {
        return this == PERCENTAGE ? "een percentage van 0 tot en met 100 met hoogstens één decimaal"
                : "een rapportcijfer van 1 tot en met 10 met hoogstens één decimaal";
    }
}
