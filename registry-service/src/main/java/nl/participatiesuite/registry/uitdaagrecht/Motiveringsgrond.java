package nl.participatiesuite.registry.uitdaagrecht;

/** Why the indiener thinks it can do the task better (domain.md §5); at least one is required for a complete verzoek. */
public enum Motiveringsgrond {
    KWALITEIT,
    KOSTEN,
    BETROKKENHEID,
    ANDERS
}
