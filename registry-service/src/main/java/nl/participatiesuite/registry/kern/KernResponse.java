package nl.participatiesuite.registry.kern;

import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Kern", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record KernResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "Zoelen") String naam,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(example = "1500") Integer inwonertal,
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String kernwethouder,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    public static KernResponse of(Kern kern) {
        return new KernResponse(kern.id, kern.naam, kern.gemeente, kern.inwonertal, kern.kernwethouder,
                kern.aangemaaktOp, kern.gewijzigdOp);
    }
}
