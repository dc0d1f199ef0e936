package nl.participatiesuite.assessment.engine;

/**
 * Eén ongeldig veld, in de vorm van {@code invalidParams[]} van de ZGW/NL API-problemen: {@code name} is
 * het JSON-pad ("belanghebbenden[0].weging"), {@code code} een stabiele machinecode, {@code reason} een
 * Nederlandse uitleg voor de gebruiker. De codes zijn die van de gedeelde woordenlijst (README, api-rules
 * {@code InvalidParamCode}); de engine kent geen framework en herhaalt ze daarom hier.
 */
public record Overtreding(String name, String code, String reason) {

    public static final String VERPLICHT = "required";
    public static final String MINIMUM = "min";
    public static final String MAXIMUM = "max";
    /** Een sleutel of veld dat de invoer niet kent. */
    public static final String ONVERWACHT = "unexpected";
    /** Grenzen of niveaus die elkaar tegenspreken (een drempel onder de vorige). */
    public static final String ONSAMENHANGEND = "inconsistent";
    public static final String DUBBEL = "duplicate";
    /** Een bestaande keuze die hier niet is toegestaan. */
    public static final String NIET_TOEGESTAAN = "enum";

    public static Overtreding verplicht(String name) {
        return new Overtreding(name, VERPLICHT, "Dit veld is verplicht.");
    }

    public static Overtreding minimaal(String name, int minimum) {
        return new Overtreding(name, MINIMUM, "De waarde moet minimaal " + minimum + " zijn.");
    }

    public static Overtreding maximaal(String name, int maximum) {
        return new Overtreding(name, MAXIMUM, "De waarde mag maximaal " + maximum + " zijn.");
    }
}
