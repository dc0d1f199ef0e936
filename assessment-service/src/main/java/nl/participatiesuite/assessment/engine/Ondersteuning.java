package nl.participatiesuite.assessment.engine;

/** Wat initiatiefnemers uit de samenleving van de gemeente vragen (Buren, overheidsparticipatie stap 2/3). */
public enum Ondersteuning {
    GEEN,
    MIDDELEN,
    MEDE_INITIATIEFNEMER
}
