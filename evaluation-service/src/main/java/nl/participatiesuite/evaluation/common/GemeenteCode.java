package nl.participatiesuite.evaluation.common;

/**
 * The tenant is a gemeente, identified by its CBS code. This service keeps no gemeente table: the
 * registry owns them, and a report takes its gemeente from the registry's initiatief.
 */
public final class GemeenteCode {

    /** CBS gemeentecode, e.g. GM0214 (Buren). */
    public static final String PATTERN = "GM\\d{4}";

    public static final String MESSAGE = "gemeente is een CBS-gemeentecode: GM gevolgd door 4 cijfers.";

    private GemeenteCode() {
    }
}
