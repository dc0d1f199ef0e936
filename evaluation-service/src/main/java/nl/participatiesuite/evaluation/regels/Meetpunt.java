package nl.participatiesuite.evaluation.regels;

import java.math.BigDecimal;

/** A value in a year: a measurement, or a target. */
public record Meetpunt(int jaar, BigDecimal waarde) {
}
