package nl.participatiesuite.registry.incidenteleondersteuning;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncidenteleOndersteuning", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record IncidenteleOndersteuningResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "2025") int jaar,
        @Schema(required = true, example = "Huur van een zaal voor de eerste bijeenkomst van de dorpstafel") String omschrijving,
        @Schema(required = true, example = "750.00") BigDecimal bedrag,
        UUID initiatiefId,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    static IncidenteleOndersteuningResponse of(IncidenteleOndersteuning ondersteuning) {
        return new IncidenteleOndersteuningResponse(ondersteuning.id, ondersteuning.gemeente, ondersteuning.jaar,
                ondersteuning.omschrijving, ondersteuning.bedrag, ondersteuning.initiatiefId,
                ondersteuning.aangemaaktOp, ondersteuning.gewijzigdOp);
    }
}
