package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Stap 3 voor één belanghebbende: de berekende behoefte, het geadviseerde niveau na alle maxima, de trede
 * op de participatieladder en wat er met de inbreng gebeurt.
 *
 * @param behoefteNiveau  het niveau bij de behoefte, vóór de maxima
 * @param niveau          het geadviseerde niveau
 * @param gewensteInbreng wat de belanghebbende zelf wenst, of leeg
 */
public record InbrengAdvies(
        String naam,
        int behoefte,
        Niveau behoefteNiveau,
        Niveau niveau,
        Ladderniveau ladderniveau,
        String watGebeurtMetInbreng,
        Niveau gewensteInbreng,
        List<Onderbouwing> onderbouwing) {
    public InbrengAdvies {
        onderbouwing = List.copyOf(onderbouwing);
    }
}
