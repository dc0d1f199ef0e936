package nl.participatiesuite.evaluation.evaluatie;

/** The groups whose judgement of the collaboration a report records, each at most once. */
public enum Deelnemersgroep {
    INWONERS,
    INITIATIEFNEMERS,
    RAADSLEDEN,
    AMBTENAREN
}
