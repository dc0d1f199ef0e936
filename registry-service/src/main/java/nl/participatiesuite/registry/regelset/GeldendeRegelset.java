package nl.participatiesuite.registry.regelset;

import java.util.UUID;
import nl.participatiesuite.registry.regels.Verordeningsregels;

/**
 * The rules an outcome was computed with: a published version of the gemeente, or the default rule set.
 *
 * @param id    the published version, or null for the default
 * @param label what every outcome records as {@code regelsetVersie}: {@code <gemeente>-<versie>}, or
 *              {@value Verordeningsregels#STANDAARD_LABEL} for the default
 */
public record GeldendeRegelset(UUID id, String label, Verordeningsregels regels) {

    public static GeldendeRegelset standaard() {
        return new GeldendeRegelset(null, Verordeningsregels.STANDAARD_LABEL, Verordeningsregels.standaard());
    }

    static GeldendeRegelset van(Regelset regelset) {
        return new GeldendeRegelset(regelset.id, label(regelset.gemeente, regelset.versie), regelset.regels());
    }

    /** The same form the assessment-service uses (GM0214-2). */
    public static String label(String gemeente, int versie) {
        return gemeente + "-" + versie;
    }
}
