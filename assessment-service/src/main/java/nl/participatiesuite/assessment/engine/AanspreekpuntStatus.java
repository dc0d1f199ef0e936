package nl.participatiesuite.assessment.engine;

/** Welke situatie het aanspreekpunt van de uitkomst beschrijft. */
public enum AanspreekpuntStatus {
    GEEN_KERN,
    KERNAMBTENAREN_BEKEND,
    /** De kern is bekend; de kernambtenaar is te bereiken via de gemeente (wie de persoonsgegevens niet mag zien). */
    VIA_GEMEENTE,
    REGISTER_ONBEREIKBAAR
}
