package nl.participatiesuite.registry.initiatief;

/** How far an initiatief reaches; the same scale the samenwerkingswijzer uses (domain.md §2). */
public enum Schaal {
    STRAAT_BUURT,
    DORP_WIJK,
    GEBIED_REGIO,
    GEMEENTE
}
