package nl.participatiesuite.assessment.engine;

/** Hoe het plan uitpakt voor een belanghebbende (belangenanalyse, stap 3). */
public enum Gevolgen {
    POSITIEF,
    NEGATIEF,
    GEMENGD,
    GEEN
}
