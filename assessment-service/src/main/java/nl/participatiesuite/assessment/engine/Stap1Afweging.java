package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.List;

/** Stap 1: mogelijk = ruimte ∧ belangen ∧ tijd; elk "nee" is een reden. */
final class Stap1Afweging {

    private Stap1Afweging() {
    }

    static Stap1Uitkomst bepaal(BeoordelingInvoer invoer) {
        List<Onderbouwing> onderbouwing = new ArrayList<>();
        if (!invoer.ruimte()) {
            onderbouwing.add(OnderbouwingCode.GEEN_RUIMTE.met());
        }
        if (!invoer.belangen()) {
            onderbouwing.add(OnderbouwingCode.GEEN_BELANGEN.met());
        }
        if (!invoer.tijd()) {
            onderbouwing.add(OnderbouwingCode.GEEN_TIJD.met());
        }
        boolean mogelijk = onderbouwing.isEmpty();
        onderbouwing.add(mogelijk
                ? OnderbouwingCode.SAMENWERKING_MOGELIJK.met()
                : OnderbouwingCode.SAMENWERKING_NIET_MOGELIJK.met());
        return new Stap1Uitkomst(mogelijk, mogelijk ? 2 : 3, onderbouwing);
    }
}
