package nl.participatiesuite.registry.onkostenvergoeding;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Inflatiecijfer", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record InflatiecijferResponse(
        @Schema(required = true, example = "2021") int jaar,
        @Schema(required = true, example = "2.7") BigDecimal cpiPercentage,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) {

    static InflatiecijferResponse of(Inflatiecijfer cijfer) {
        return new InflatiecijferResponse(cijfer.jaar, cijfer.cpiPercentage, cijfer.aangemaaktOp, cijfer.gewijzigdOp);
    }
}
