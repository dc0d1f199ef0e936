package nl.participatiesuite.registry.initiatief;

/** Who took the initiative. */
public enum InitiatiefnemerType {
    INWONER,
    ONDERNEMER,
    ORGANISATIE,
    GEMEENTE
}
