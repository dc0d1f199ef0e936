package nl.participatiesuite.assessment.regelset;

import java.util.UUID;
import nl.participatiesuite.assessment.engine.Regelset;

/**
 * The rule set a beoordeling is computed with: the gemeente's newest published version, or the default.
 *
 * @param id       the published version, or empty for the default
 * @param gemeente the publishing gemeente, or empty for the default
 */
public record GekozenRegelset(UUID id, String gemeente, int versie, Regelset regels) {

    /** The default rule set is version 1 of "no gemeente". */
    public static final int STANDAARD_VERSIE = 1;

    public static GekozenRegelset standaard() {
        return new GekozenRegelset(null, null, STANDAARD_VERSIE, Regelset.standaard());
    }

    /** The label every outcome records in {@code regelsetVersie}, e.g. GM0214-2. */
    public static String label(String gemeente, int versie) {
        return gemeente + "-" + versie;
    }
}
