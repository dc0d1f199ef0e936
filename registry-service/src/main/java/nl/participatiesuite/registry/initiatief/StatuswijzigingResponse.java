package nl.participatiesuite.registry.initiatief;

import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Statuswijziging", description = "Eén vastgelegde stap in de levenscyclus van een initiatief.")
public record StatuswijzigingResponse(
        @Schema(required = true) UUID id,
        @Schema(description = "Ontbreekt bij de indiening zelf.",
                enumeration = {"INGEDIEND", "IN_BEHANDELING", "LOPEND", "AFGEROND", "AFGEWEZEN", "INGETROKKEN"})
        String van,
        @Schema(required = true, enumeration = {"INGEDIEND", "IN_BEHANDELING", "LOPEND", "AFGEROND", "AFGEWEZEN", "INGETROKKEN"})
        String naar,
        @Schema(example = "Past niet binnen het bestemmingsplan.") String reden,
        @Schema(description = "Wie de stap zette: naam en subject uit het token.",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String actor,
        @Schema(required = true) Instant tijdstip) {

    static StatuswijzigingResponse of(InitiatiefStatuswijziging wijziging) {
        return new StatuswijzigingResponse(wijziging.id, wijziging.van == null ? null : wijziging.van.name(),
                wijziging.naar.name(), wijziging.reden, wijziging.actor, wijziging.tijdstip);
    }
}
