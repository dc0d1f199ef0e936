package nl.participatiesuite.apirules.security;

/**
 * The markers that replace personal fields erased on request (AVG art. 17, domain.md §4). They keep the
 * formats the contracts promise (an e-mail address stays one, in the reserved .invalid domain), so clients
 * and validators keep working; optional personal fields are simply emptied.
 */
public final class Gewist {

    public static final String NAAM = "[gewist]";
    public static final String EMAIL = "gewist@gewist.invalid";
    public static final String TEKST = "[gewist]";

    private Gewist() {
    }

    public static boolean isGewist(String waarde) {
        return NAAM.equals(waarde) || EMAIL.equals(waarde);
    }
}
