package nl.participatiesuite.evaluation.regels;

/** Where the planned participation level of a report came from, so a missing one is explained. */
public enum GeplandNiveauBron {
    /** Taken from the initiatief's latest beoordeling in the assessment-service. */
    BEOORDELING,
    /** The assessment-service answered: the initiatief has no beoordeling. */
    GEEN_BEOORDELING,
    /** The assessment-service did not answer in time; the report was saved without a planned level. */
    ASSESSMENT_ONBEREIKBAAR
}
