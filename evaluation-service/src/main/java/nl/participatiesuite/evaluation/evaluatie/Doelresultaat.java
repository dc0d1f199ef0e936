package nl.participatiesuite.evaluation.evaluatie;

/** How far one goal of the trajectory was reached. */
public enum Doelresultaat {
    BEHAALD,
    DEELS,
    NIET_BEHAALD
}
