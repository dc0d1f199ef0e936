package nl.participatiesuite.evaluation.burgerpeiling;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ranges depend on the stelling's eenheid, so they are checked by {@link Meetwaarden}, all at once. */
@Schema(name = "MetingRequest")
public record MetingRequest(
        @Schema(required = true, example = "2019", minimum = "1990", maximum = "2100") Integer jaar,
        @Schema(required = true, example = "16.0", minimum = "0", maximum = "100",
                description = "% eens (0..100) of rapportcijfer (1..10), hoogstens één decimaal")
        BigDecimal waarde,
        @Schema(example = "29.0", minimum = "0", maximum = "100", description = "Benchmark in hetzelfde jaar, zelfde eenheid")
        BigDecimal benchmark) {
}
