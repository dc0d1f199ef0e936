package nl.participatiesuite.registry.leefbaarheidsbudget;

/** The decision on an aanvraag. */
public enum Besluit {
    TOEKENNEN,
    AFWIJZEN
}
