package nl.participatiesuite.evaluation.burgerpeiling;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Peilingdoel", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record DoelResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID stellingId,
        @Schema(required = true, example = "2023") int jaar,
        @Schema(required = true, example = "30.0") BigDecimal waarde,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) {

    public static DoelResponse of(Doel d) {
        return new DoelResponse(d.id, d.stellingId, d.jaar, d.waarde, d.aangemaaktOp, d.gewijzigdOp);
    }
}
