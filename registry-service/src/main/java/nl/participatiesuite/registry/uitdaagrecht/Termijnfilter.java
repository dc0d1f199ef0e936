package nl.participatiesuite.registry.uitdaagrecht;

/** The list filter on the uiterste beslisdatum of undecided verzoeken: already past, or within the next 14 days. */
public enum Termijnfilter {
    VERSTREKEN,
    BINNEN_14_DAGEN
}
