package nl.participatiesuite.assessment.engine.checklist;

/** Of een vraag van de checklist al een antwoord heeft. */
public enum VraagStatus {
    OPEN,
    BEANTWOORD
}
