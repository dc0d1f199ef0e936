package nl.participatiesuite.registry.regels;

import java.time.LocalDate;

/**
 * Where a dorpsbelangenorganisatie stands with its convenant: none, running, or past the date by
 * which it had to be evaluated. The evaluation deadline itself is still within the term ("uiterlijk").
 */
public enum ConvenantStatus {
    GEEN,
    LOPEND,
    EVALUATIE_VERLOPEN;

    public static ConvenantStatus op(LocalDate getekendOp, LocalDate evaluatieUiterlijk, LocalDate vandaag) {
        if (getekendOp == null) {
            return GEEN;
        }
        return vandaag.isAfter(evaluatieUiterlijk) ? EVALUATIE_VERLOPEN : LOPEND;
    }
}
