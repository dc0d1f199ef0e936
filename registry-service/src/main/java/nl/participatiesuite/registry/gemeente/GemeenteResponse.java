package nl.participatiesuite.registry.gemeente;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Gemeente")
public record GemeenteResponse(
        @Schema(required = true, example = "GM0214") String code,
        @Schema(required = true, example = "Buren") String naam,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) {

    static GemeenteResponse of(Gemeente gemeente) {
        return new GemeenteResponse(gemeente.code, gemeente.naam, gemeente.aangemaaktOp, gemeente.gewijzigdOp);
    }
}
