package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Stap 3: inbreng per belanghebbende (in de volgorde van de invoer) en het niveau van het plan als geheel.
 */
public record Stap3Uitkomst(
        List<InbrengAdvies> belanghebbenden,
        Niveau niveau,
        Ladderniveau ladderniveau,
        String watGebeurtMetInbreng,
        List<Onderbouwing> onderbouwing) {
    public Stap3Uitkomst {
        belanghebbenden = List.copyOf(belanghebbenden);
        onderbouwing = List.copyOf(onderbouwing);
    }
}
