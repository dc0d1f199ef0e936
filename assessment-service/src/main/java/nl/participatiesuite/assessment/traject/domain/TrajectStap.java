package nl.participatiesuite.assessment.traject.domain;

/** De zestien stappen van het BINNO-processchema, in volgorde, elk binnen zijn fase. */
public enum TrajectStap {
    CONTEXT_EN_PROBLEEM(1, Fase.VERKENNING, "Context en probleem"),
    AFBAKENING_TAAKVELDEN(2, Fase.VERKENNING, "Afbakening taakveld(en)"),
    AFBAKENING_NETWERK(3, Fase.VERKENNING, "Afbakening netwerk"),
    PROCESMATIGE_AFSPRAKEN(4, Fase.VERKENNING, "Procesmatige afspraken"),
    AFTASTEN_BEREIDHEID_PARTNERS(5, Fase.INTENTIE, "Aftasten bereidheid optionele partners"),
    CO_CREATIE(6, Fase.INTENTIE, "Co-creatie"),
    SAMENWERKINGS_BESTURINGSMODELLEN(7, Fase.UITWERKING, "Samenwerkings-/besturingsmodellen"),
    JURIDISCHE_VORMEN(8, Fase.UITWERKING, "Juridische vormen"),
    CONCEPTAFSPRAKEN(9, Fase.UITWERKING, "Conceptafspraken overeenkomst"),
    OPSTELLEN_OVEREENKOMST(10, Fase.REALISATIE, "Opstellen overeenkomst"),
    BESLUITVORMING(11, Fase.REALISATIE, "Besluitvorming"),
    BEKENDMAKING(12, Fase.REALISATIE, "Bekendmaking"),
    INWERKINGTREDING(13, Fase.REALISATIE, "Inwerkingtreding"),
    GRIP_OP_ROLLEN(14, Fase.IN_BEDRIJF, "Grip op rollen"),
    RELATIEMANAGEMENT(15, Fase.IN_BEDRIJF, "Relatiemanagement"),
    MONITOREN_EN_EVALUEREN(16, Fase.IN_BEDRIJF, "Monitoren en evalueren");

    private final int nummer;
    private final Fase fase;
    private final String titel;

    TrajectStap(int nummer, Fase fase, String titel) {
        this.nummer = nummer;
        this.fase = fase;
        this.titel = titel;
    }

    public int nummer() {
        return nummer;
    }

    public Fase fase() {
        return fase;
    }

    public String titel() {
        return titel;
    }

    public static TrajectStap eerste() {
        return CONTEXT_EN_PROBLEEM;
    }

    public static TrajectStap metNummer(int nummer) {
        for (TrajectStap stap : values()) {
            if (stap.nummer == nummer) {
                return stap;
            }
        }
        throw new TrajectException(TrajectFoutCode.ONGELDIGE_STAP, "Er is geen stap " + nummer + "; kies 1 tot en met 16.");
    }
}
