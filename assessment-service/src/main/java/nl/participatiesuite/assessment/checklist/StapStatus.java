package nl.participatiesuite.assessment.checklist;

/** How far a team is with one step of a handreiking. */
public enum StapStatus {
    OPEN,
    DEELS_BEANTWOORD,
    BEANTWOORD
}
