package nl.participatiesuite.registry.regels;

/** Where an initiatief stands (domain.md §1, "Initiatief lifecycle"). */
public enum InitiatiefStatus {
    INGEDIEND,
    IN_BEHANDELING,
    LOPEND,
    AFGEROND,
    AFGEWEZEN,
    INGETROKKEN;

    /** A final initiatief has ended: nothing moves it any more, not even a withdrawal. */
    public boolean isFinaal() {
        return this == AFGEROND || this == AFGEWEZEN || this == INGETROKKEN;
    }
}
