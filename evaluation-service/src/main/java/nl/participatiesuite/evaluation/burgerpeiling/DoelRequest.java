package nl.participatiesuite.evaluation.burgerpeiling;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ranges depend on the stelling's eenheid, so they are checked by {@link Meetwaarden}, all at once. */
@Schema(name = "PeilingdoelRequest")
public record DoelRequest(
        @Schema(required = true, example = "2023", minimum = "1990", maximum = "2100") Integer jaar,
        @Schema(required = true, example = "30.0", minimum = "0", maximum = "100",
                description = "Te bereiken % eens (0..100) of rapportcijfer (1..10), hoogstens één decimaal")
        BigDecimal waarde) {
}
