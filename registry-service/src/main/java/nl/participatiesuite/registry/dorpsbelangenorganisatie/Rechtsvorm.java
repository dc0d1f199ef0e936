package nl.participatiesuite.registry.dorpsbelangenorganisatie;

/** The legal form of a dorpsbelangenorganisatie. */
public enum Rechtsvorm {
    VERENIGING,
    STICHTING,
    OVERIG
}
