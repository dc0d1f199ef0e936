package nl.participatiesuite.registry.gemeente;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Gemeente", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record GemeenteResponse(
        @Schema(required = true, example = "GM0214") String code,
        @Schema(required = true, example = "Buren") String naam,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) {

    static GemeenteResponse of(Gemeente gemeente) {
        return new GemeenteResponse(gemeente.code, gemeente.naam, gemeente.aangemaaktOp, gemeente.gewijzigdOp);
    }
}
