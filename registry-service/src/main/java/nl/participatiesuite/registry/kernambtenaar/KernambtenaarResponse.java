package nl.participatiesuite.registry.kernambtenaar;

import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Kernambtenaar", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record KernambtenaarResponse(
        @Schema(required = true) UUID id,
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String naam,
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String email,
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String telefoon,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, description = "De kernen van deze kernambtenaar, op naam van de kern.") List<UUID> kernIds,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    static KernambtenaarResponse of(Kernambtenaar kernambtenaar) {
        List<UUID> kernIds = kernambtenaar.kernen.stream()
                .sorted(Comparator.comparing((Kern kern) -> kern.naam).thenComparing(kern -> kern.id))
                .map(kern -> kern.id)
                .toList();
        return new KernambtenaarResponse(kernambtenaar.id, kernambtenaar.naam, kernambtenaar.email,
                kernambtenaar.telefoon, kernambtenaar.gemeente, kernIds, kernambtenaar.aangemaaktOp,
                kernambtenaar.gewijzigdOp);
    }
}
