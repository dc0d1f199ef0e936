package nl.participatiesuite.assessment.engine;

/** Het gebied waarop het plan speelt; de kolommen van de werkvormenmatrix (Coevorden hoofdstuk 6). */
public enum Schaal {
    STRAAT_BUURT("straat/buurt"),
    DORP_WIJK("dorp/wijk"),
    GEBIED_REGIO("gebied/regio"),
    GEMEENTE("gemeente");

    private final String label;

    Schaal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
