package nl.participatiesuite.assessment.engine;

/** Wat de samenwerking moet opleveren (Coevorden stap 3, "Wat willen we bereiken met de samenwerking?"). */
public enum DoelSamenwerking {
    BELANGEN_OPHALEN("belangen ophalen en bespreken"),
    WENSEN_OPHALEN("wensen ophalen"),
    MOGELIJKHEDEN_CREEREN("mogelijkheden creëren voor een gezamenlijke oplossing"),
    DESKUNDIGHEID_ZOEKEN("deskundigheid zoeken"),
    BETROKKENHEID_EIGENAARSCHAP("betrokkenheid en eigenaarschap"),
    DRAAGVLAK("draagvlak"),
    ACCEPTATIE("acceptatie");

    private final String label;

    DoelSamenwerking(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
