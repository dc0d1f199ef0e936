package nl.participatiesuite.apirules.input;

/** The tenant key of every service: a CBS gemeentecode, GM followed by 4 digits (GM0214 is Buren). */
public final class GemeenteCode {

    public static final String PATTERN = "GM\\d{4}";
    public static final String MELDING = "gemeente is een CBS-gemeentecode: GM gevolgd door 4 cijfers.";

    private GemeenteCode() {
    }
}
