package nl.participatiesuite.evaluation.regels;

/** Where a target stands after its latest measurement. */
public enum Voortgangsstatus {
    /** laatste ≥ doel. */
    BEHAALD,
    /** Not yet reached, but laatste ≥ the straight line from basis to doel at the year of the last measurement. */
    OP_KOERS,
    /** Below that line. */
    ACHTER,
    /** The stelling has no measurement yet. */
    GEEN_METING
}
