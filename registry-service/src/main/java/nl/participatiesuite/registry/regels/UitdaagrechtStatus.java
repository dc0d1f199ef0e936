package nl.participatiesuite.registry.regels;

/** Where an uitdaagrechtverzoek stands (domain.md §5, "Lifecycle"). */
public enum UitdaagrechtStatus {
    INGEDIEND,
    IN_BEHANDELING,
    TOEGEKEND,
    AFGEWEZEN,
    OVEREENKOMST_GESLOTEN,
    IN_UITVOERING,
    AFGEROND,
    INGETROKKEN,
    BUITEN_BEHANDELING;

    /** A final verzoek has ended: nothing moves it any more, not even a withdrawal. */
    public boolean isFinaal() {
        return this == AFGEWEZEN || this == AFGEROND || this == INGETROKKEN || this == BUITEN_BEHANDELING;
    }

    /** Before the besluit: the beslistermijn runs and the ontvankelijkheid can still be repaired. */
    public boolean isVoorBesluit() {
        return this == INGEDIEND || this == IN_BEHANDELING;
    }
}
