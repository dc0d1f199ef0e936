package nl.participatiesuite.evaluation.regels;

import java.math.BigDecimal;

/**
 * The progress of one target. {@code voortgang} is null when it cannot be computed: without a
 * measurement, or when the target equals the baseline (there is no distance to cover; the status
 * still says whether the level was held).
 */
public record Voortgang(
        Meetpunt basis,
        Meetpunt laatste,
        Meetpunt doel,
        BigDecimal voortgang,
        BigDecimal koerswaarde,
        Voortgangsstatus status,
        String toelichting) {
}
