package nl.participatiesuite.assessment.engine;

/** Wie het plan of initiatief neemt; bepaalt de rolvraag en welke handreiking (checklist) geldt. */
public enum Initiatiefnemer {
    GEMEENTE,
    SAMENLEVING
}
