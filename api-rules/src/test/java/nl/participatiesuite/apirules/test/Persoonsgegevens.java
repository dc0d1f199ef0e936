package nl.participatiesuite.apirules.test;

import java.util.List;

/**
 * The personal values the security tests give their test data. A response to a caller who may not see
 * personal fields must contain none of them; neither may any log line of a test run.
 */
public final class Persoonsgegevens {

    public static final String NAAM = "Pieternella Geheimhouder";
    public static final String EMAIL = "p.geheimhouder@voorbeeld.nl";
    public static final String TELEFOON = "0612345678";

    public static final List<String> ALLE = List.of(NAAM, EMAIL, TELEFOON);

    private Persoonsgegevens() {
    }

    /** Whether a text contains any of them. */
    public static boolean in(String tekst) {
        return ALLE.stream().anyMatch(tekst::contains);
    }
}
