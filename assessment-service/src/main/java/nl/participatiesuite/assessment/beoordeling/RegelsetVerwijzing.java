package nl.participatiesuite.assessment.beoordeling;

import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.assessment.regelset.GekozenRegelset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegelsetVerwijzing", description = "Welke versie van de regels een uitkomst gaf.")
public record RegelsetVerwijzing(
        @Schema(description = "Leeg: de standaardregelset", example = "GM0214") String gemeente,
        @Schema(required = true, example = "2", description = "Volgnummer per gemeente; de standaardregelset is 1")
        int versie,
        @Schema(required = true, example = "GM0214-2", description = "De regelsetVersie die de uitkomst noemt")
        String naam) {

    static RegelsetVerwijzing of(GekozenRegelset regelset) {
        return new RegelsetVerwijzing(regelset.gemeente(), regelset.versie(), regelset.regels().versie());
    }

    /** The rule set a stored beoordeling was computed with; its name is the one its outcome records. */
    public static RegelsetVerwijzing of(Beoordeling beoordeling, Uitkomst uitkomst) {
        return new RegelsetVerwijzing(beoordeling.regelsetGemeente, beoordeling.regelsetVersie, uitkomst.regelsetVersie());
    }

    /** The same for a row of the list, whose name PostgreSQL copied from that outcome (lijst_regelset_naam). */
    static RegelsetVerwijzing of(BeoordelingLijstregel regel) {
        return new RegelsetVerwijzing(regel.regelsetGemeente(), regel.regelsetVersie(), regel.lijstRegelsetNaam());
    }
}
