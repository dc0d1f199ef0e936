package nl.participatiesuite.evaluation.burgerpeiling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Peilingdoel")
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
