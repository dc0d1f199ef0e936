package nl.participatiesuite.registry.kern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.participatiesuite.apirules.input.GemeenteCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KernRequest")
public record KernRequest(
        @Schema(required = true, example = "Zoelen")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(example = "1500", minimum = "0")
        @PositiveOrZero(message = "inwonertal kan niet negatief zijn.")
        Integer inwonertal,
        @Schema(example = "J. de Vries")
        @Size(max = 200, message = "kernwethouder is hoogstens 200 tekens.")
        String kernwethouder) {
}
