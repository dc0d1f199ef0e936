package nl.participatiesuite.evaluation.burgerpeiling;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.evaluation.regels.Eenheid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stelling", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record StellingResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "1") int nummer,
        @Schema(required = true, example = "Gemeente luistert naar mening burgers") String tekst,
        @Schema(required = true) Eenheid eenheid,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    public static StellingResponse of(Stelling s) {
        return new StellingResponse(s.id, s.gemeente, s.nummer, s.tekst, s.eenheid, s.aangemaaktOp, s.gewijzigdOp);
    }
}
