package nl.participatiesuite.assessment.engine;

/** Welke van de drie situaties het aanspreekpunt van de uitkomst beschrijft. */
public enum AanspreekpuntStatus {
    GEEN_KERN,
    KERNAMBTENAREN_BEKEND,
    REGISTER_ONBEREIKBAAR
}
