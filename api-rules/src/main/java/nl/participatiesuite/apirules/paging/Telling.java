package nl.participatiesuite.apirules.paging;

/**
 * How many items a collection holds: exact, or (for very large results) at least {@code aantal}.
 * Pure logic, unit-tested in TellingTest.
 */
public record Telling(long aantal, boolean exact) {

    public static Telling exact(long aantal) {
        return new Telling(aantal, true);
    }

    /** {@code gelezen} identifiers were read with a limit of {@code grens} + 1: more than the limit means "at least". */
    public static Telling bounded(long gelezen, int grens) {
        return gelezen > grens ? new Telling(grens, false) : exact(gelezen);
    }
}
