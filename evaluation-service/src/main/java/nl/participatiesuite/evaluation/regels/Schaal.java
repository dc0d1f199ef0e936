package nl.participatiesuite.evaluation.regels;

/** The scale at which a werkvorm was used (the columns of Coevorden's werkvormen matrix). */
public enum Schaal {
    STRAAT_BUURT,
    DORP_WIJK,
    GEBIED_REGIO,
    GEMEENTE
}
