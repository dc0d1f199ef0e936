package nl.participatiesuite.assessment.engine.checklist;

import java.util.List;

/** Een stap van een handreiking met zijn vragen, in de volgorde van de handreiking. */
public record ChecklistStap(int nummer, String titel, List<ChecklistVraag> vragen) {
    public ChecklistStap {
        vragen = List.copyOf(vragen);
    }
}
