package nl.participatiesuite.assessment.traject.domain;

/** De vijf fasen van het BINNO-processchema voor (intergemeentelijke) samenwerking. */
public enum Fase {
    VERKENNING(1, "Verkenning"),
    INTENTIE(2, "Intentie"),
    UITWERKING(3, "Uitwerking"),
    REALISATIE(4, "Realisatie"),
    IN_BEDRIJF(5, "In bedrijf");

    private final int nummer;
    private final String titel;

    Fase(int nummer, String titel) {
        this.nummer = nummer;
        this.titel = titel;
    }

    public int nummer() {
        return nummer;
    }

    public String titel() {
        return titel;
    }
}
