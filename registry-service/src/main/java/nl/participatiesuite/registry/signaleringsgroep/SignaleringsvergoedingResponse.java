package nl.participatiesuite.registry.signaleringsgroep;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.math.BigDecimal;
import java.time.Instant;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Signaleringsvergoeding", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record SignaleringsvergoedingResponse(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "2024") int jaar,
        @Schema(required = true, example = "250.00") BigDecimal bedrag,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    static SignaleringsvergoedingResponse of(Signaleringsvergoeding vergoeding) {
        return new SignaleringsvergoedingResponse(vergoeding.gemeente(), vergoeding.jaar(), vergoeding.bedrag,
                vergoeding.aangemaaktOp, vergoeding.gewijzigdOp);
    }
}
