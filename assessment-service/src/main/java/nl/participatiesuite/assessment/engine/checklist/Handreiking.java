package nl.participatiesuite.assessment.engine.checklist;

import nl.participatiesuite.assessment.engine.Initiatiefnemer;

/**
 * De twee handreikingen van Buren: inwonersparticipatie (plan van de gemeente, 6 stappen) en
 * overheidsparticipatie (initiatief uit de samenleving, 5 stappen).
 */
public enum Handreiking {
    INWONERSPARTICIPATIE("Handreiking inwonersparticipatie"),
    OVERHEIDSPARTICIPATIE("Handreiking overheidsparticipatie");

    private final String titel;

    Handreiking(String titel) {
        this.titel = titel;
    }

    public String titel() {
        return titel;
    }

    public static Handreiking voor(Initiatiefnemer initiatiefnemer) {
        return initiatiefnemer == Initiatiefnemer.SAMENLEVING ? OVERHEIDSPARTICIPATIE : INWONERSPARTICIPATIE;
    }
}
