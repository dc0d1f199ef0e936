package nl.participatiesuite.assessment.engine.checklist;

import java.util.List;

/** De checklist van één handreiking: alle stappen, elke vraag open of beantwoord. */
public record Checklist(Handreiking handreiking, List<ChecklistStap> stappen) {
    public Checklist {
        stappen = List.copyOf(stappen);
    }
}
