package nl.participatiesuite.assessment.regelset;

import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Regelset;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegelsetVersie", description = "Een gepubliceerde, onveranderlijke versie van de regels, "
        + "of de standaardregelset (zonder id en gemeente).")
public record RegelsetResponse(
        @Schema(description = "Leeg voor de standaardregelset") UUID id,
        @Schema(description = "Leeg voor de standaardregelset", example = "GM0214") String gemeente,
        @Schema(required = true, example = "2", description = "Volgnummer per gemeente; de standaardregelset is 1")
        int versie,
        @Schema(required = true, example = "GM0214-2", description = "Zoals de uitkomst hem noemt in regelsetVersie")
        String naam,
        String toelichting,
        @Schema(required = true) Regelset regels,
        @Schema(description = "Leeg voor de standaardregelset") Instant gepubliceerdOp) implements GemeenteGebonden {

    static RegelsetResponse standaard() {
        Regelset regels = Regelset.standaard();
        return new RegelsetResponse(null, null, GekozenRegelset.STANDAARD_VERSIE, regels.versie(),
                "De standaardregelset van de samenwerkingswijzer (domain.md §2).", regels, null);
    }

    static RegelsetResponse of(GepubliceerdeRegelset regelset, JsonKolommen json) {
        Regelset regels = regelset.leesRegels(json);
        return new RegelsetResponse(regelset.id, regelset.gemeente, regelset.versie, regels.versie(),
                regelset.toelichting, regels, regelset.gepubliceerdOp);
    }
}
