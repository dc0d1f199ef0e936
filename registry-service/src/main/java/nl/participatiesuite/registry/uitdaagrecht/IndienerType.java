package nl.participatiesuite.registry.uitdaagrecht;

/** Who asks to take over a task (domain.md §5): inwoners together, or a local maatschappelijke partij. */
public enum IndienerType {
    INWONERS,
    MAATSCHAPPELIJKE_PARTIJ
}
