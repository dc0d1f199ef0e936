package nl.participatiesuite.registry.signaleringsgroep;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.registry.common.Contactpersoon;
import nl.participatiesuite.registry.regels.Soort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Signaleringsgroep", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record SignaleringsgroepResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Soort soort,
        @Schema(required = true, example = "Signaleringsgroep Zoelen") String naam,
        @Schema(required = true, example = "GM0214") String gemeente,
        UUID kernId,
        Contactpersoon contactpersoon,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    static SignaleringsgroepResponse of(Signaleringsgroep groep) {
        return new SignaleringsgroepResponse(groep.id, groep.soort, groep.naam, groep.gemeente, groep.kernId,
                Contactpersoon.of(groep.contactpersoon), groep.aangemaaktOp, groep.gewijzigdOp);
    }
}
