package nl.participatiesuite.assessment.engine;

/** Uitkomst van stap 2. GEEN betekent: stap 1 was negatief, stap 2 is overgeslagen. */
public enum Intensiteit {
    GEEN,
    LICHT,
    MIDDEL,
    ZWAAR
}
