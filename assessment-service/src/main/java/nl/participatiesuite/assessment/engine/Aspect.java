package nl.participatiesuite.assessment.engine;

/** De zeven aspecten van hinder/overlast tijdens en na realisatie (Coevorden stap 2). */
public enum Aspect {
    UITSTRALING("uitstraling"),
    OVERLAST("overlast"),
    UITZICHT("uitzicht"),
    PRAKTISCH("praktisch gebruik"),
    IDEEEL("ideële waarden"),
    FINANCIEEL("financieel/economische zaken"),
    PRINCIPIEEL("principiële waarden");

    private final String label;

    Aspect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
