package nl.participatiesuite.assessment.traject;

import java.time.Instant;
import java.util.List;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.assessment.common.JsonKolommen;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrajectOvergang", description = "Eén overgang in de geschiedenis van een traject.")
public record OvergangResponse(
        @Schema(required = true, example = "1") int volgnummer,
        @Schema(required = true) StapResponse van,
        @Schema(required = true) StapResponse naar,
        String reden,
        @Schema(description = "Wie de overgang maakte: naam en subject uit het token.",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String actor,
        @Schema(required = true) Instant tijdstip,
        @Schema(required = true, description = "Terugkoppelingen die door deze stap terug opnieuw moeten")
        List<TerugkoppelingResponse> vervallenTerugkoppelingen) {

    static OvergangResponse of(TrajectOvergang regel, JsonKolommen json) {
        return new OvergangResponse(regel.volgnummer, StapResponse.of(regel.vanStap), StapResponse.of(regel.naarStap),
                regel.reden, regel.actor, regel.tijdstip, regel.leesVervallenTerugkoppelingen(json));
    }
}
