package nl.participatiesuite.evaluation.burgerpeiling;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.evaluation.regels.Benchmark;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Meting", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record MetingResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID stellingId,
        @Schema(required = true, example = "2019") int jaar,
        @Schema(required = true, example = "16.0") BigDecimal waarde,
        @Schema(example = "29.0") BigDecimal benchmark,
        @Schema(example = "-13.0", description = "waarde − benchmark; ontbreekt zonder benchmark") BigDecimal verschilMetBenchmark,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) {

    public static MetingResponse of(Meting m) {
        return new MetingResponse(m.id, m.stellingId, m.jaar, m.waarde, m.benchmark,
                Benchmark.verschil(m.waarde, m.benchmark), m.aangemaaktOp, m.gewijzigdOp);
    }
}
