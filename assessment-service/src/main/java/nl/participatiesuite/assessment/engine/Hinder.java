package nl.participatiesuite.assessment.engine;

import java.util.Map;

/**
 * De hinder van een plan: het hoogste aspect van hinderTijdens en hinderNa, met welk aspect dat is
 * (bij gelijke waarden het eerste aspect, tijdens vóór na, zodat de onderbouwing vast ligt).
 *
 * @param aspect leeg als geen enkel aspect is ingevuld
 */
record Hinder(int waarde, Aspect aspect, boolean tijdens) {

    static Hinder van(BeoordelingInvoer invoer) {
        Hinder hoogste = new Hinder(0, null, true);
        hoogste = hoogste(hoogste, invoer.hinderTijdens(), true);
        return hoogste(hoogste, invoer.hinderNa(), false);
    }

    private static Hinder hoogste(Hinder huidige, Map<Aspect, Integer> hinder, boolean tijdens) {
        Hinder hoogste = huidige;
        for (Map.Entry<Aspect, Integer> e : hinder.entrySet()) {
            if (e.getValue() != null && (hoogste.aspect == null || e.getValue() > hoogste.waarde)) {
                hoogste = new Hinder(e.getValue(), e.getKey(), tijdens);
            }
        }
        return hoogste;
    }

    /** " (overlast, tijdens realisatie)", of leeg als er geen aspect is ingevuld. */
    String herkomst() {
        return aspect == null ? "" : " (" + aspect.label() + ", " + (tijdens ? "tijdens" : "na") + " realisatie)";
    }
}
