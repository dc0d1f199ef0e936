package nl.participatiesuite.assessment.engine;

/**
 * De antwoordschaal 0..6 van stap 2. De invoer bewaart het getal (zodat een drempel in de regelset een
 * getal kan zijn); deze enum geeft het Nederlandse label voor de onderbouwing.
 */
public enum Schaalwaarde {
    NIET(0, "niet"),
    NAUWELIJKS(1, "nauwelijks"),
    WEINIG(2, "weinig"),
    GEMIDDELD(3, "gemiddeld"),
    BEHOORLIJK(4, "behoorlijk"),
    GROOT(5, "groot"),
    ZEER_GROOT(6, "zeer groot");

    public static final int MINIMUM = 0;
    public static final int MAXIMUM = 6;

    private final int waarde;
    private final String label;

    Schaalwaarde(int waarde, String label) {
        this.waarde = waarde;
        this.label = label;
    }

    public int waarde() {
        return waarde;
    }

    public String label() {
        return label;
    }

    public static Schaalwaarde van(int waarde) {
        if (waarde < MINIMUM || waarde > MAXIMUM) {
            throw new IllegalArgumentException("Schaalwaarde buiten 0..6: " + waarde);
        }
        return values()[waarde];
    }

    /** "5 (groot)": getal en label samen, zodat de onderbouwing beide vormen van de vraag herkent. */
    public static String beschrijf(int waarde) {
        return waarde + " (" + van(waarde).label() + ")";
    }
}
