package nl.participatiesuite.assessment.engine.checklist;

/** Waar een antwoord vandaan komt: berekend uit de uitkomst, of ingevuld door het team. */
public enum AntwoordBron {
    BEREKEND,
    GEBRUIKER
}
