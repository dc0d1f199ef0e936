package nl.participatiesuite.registry.regels;

/** The parts an uitdaagrechtverzoek needs to be complete (domain.md §5, "Ontvankelijkheid"). */
public enum VerzoekOnderdeel {
    TAAK,
    MOTIVERING,
    DRAAGVLAK,
    UITVOERINGSPLAN
}
