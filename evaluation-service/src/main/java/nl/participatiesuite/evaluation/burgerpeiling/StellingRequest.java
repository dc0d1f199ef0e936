package nl.participatiesuite.evaluation.burgerpeiling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.evaluation.regels.Eenheid;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StellingRequest")
public record StellingRequest(
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(required = true, example = "1", minimum = "1", maximum = "999", description = "Volgnummer in de peiling, uniek per gemeente")
        @NotNull(message = "nummer is verplicht.")
        @Min(value = 1, message = "nummer is minimaal 1.") @Max(value = 999, message = "nummer is hoogstens 999.")
        Integer nummer,
        @Schema(required = true, example = "Gemeente luistert naar mening burgers")
        @NotBlank(message = "tekst is verplicht.") @Size(max = 500, message = "tekst is hoogstens 500 tekens.")
        String tekst,
        @Schema(required = true, type = SchemaType.STRING, implementation = Eenheid.class,
                description = "PERCENTAGE (% eens, 0..100) of RAPPORTCIJFER (1..10)")
        @NotNull(message = "eenheid is verplicht.")
        @OneOf(value = Eenheid.class, message = "eenheid is onbekend.")
        String eenheid) {
}
