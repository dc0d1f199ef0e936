package nl.participatiesuite.registry.leefbaarheidsbudget;

/** Who decides on the aanvragen of a leefbaarheidsbudget (Buren, kerngericht werken). */
public enum Beslismodus {
    STEMMEN("Inwoners beslissen samen door te stemmen."),
    COMMISSIE("Inwoners beslissen met behulp van een commissie."),
    GEMEENTE("De gemeente beslist na consultatie van de kernambtenaren.");

    /** For the contract's description; kept next to the constant so both change together. */
    public static final String UITLEG = "STEMMEN: inwoners beslissen samen door te stemmen; "
            + "COMMISSIE: met behulp van een commissie; "
            + "GEMEENTE: de gemeente beslist na consultatie van de kernambtenaren.";

    private final String omschrijving;

    Beslismodus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
