package nl.participatiesuite.registry.uitdaagrecht;

import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UitdaagrechtStatuswijziging", description = "Eén vastgelegde stap in de levenscyclus van een uitdaagrechtverzoek.")
public record UitdaagrechtStatuswijzigingResponse(
        @Schema(required = true) UUID id,
        @Schema(description = "Ontbreekt bij de ontvangst zelf.", enumeration = {"INGEDIEND", "IN_BEHANDELING", "TOEGEKEND",
                "AFGEWEZEN", "OVEREENKOMST_GESLOTEN", "IN_UITVOERING", "AFGEROND", "INGETROKKEN", "BUITEN_BEHANDELING"})
        String van,
        @Schema(required = true, enumeration = {"INGEDIEND", "IN_BEHANDELING", "TOEGEKEND", "AFGEWEZEN",
                "OVEREENKOMST_GESLOTEN", "IN_UITVOERING", "AFGEROND", "INGETROKKEN", "BUITEN_BEHANDELING"})
        String naar,
        @Schema(example = "De indiener trekt het verzoek in.") String reden,
        @Schema(description = "Wie de stap zette: naam en subject uit het token.",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String actor,
        @Schema(required = true) Instant tijdstip) {

    static UitdaagrechtStatuswijzigingResponse of(UitdaagrechtStatuswijziging wijziging) {
        return new UitdaagrechtStatuswijzigingResponse(wijziging.id, wijziging.van == null ? null : wijziging.van.name(),
                wijziging.naar.name(), wijziging.reden, wijziging.actor, wijziging.tijdstip);
    }
}
