package nl.participatiesuite.registry.leefbaarheidsbudget;

/** An aanvraag is decided once: granted or rejected. */
public enum AanvraagStatus {
    INGEDIEND,
    TOEGEKEND,
    AFGEWEZEN
}
