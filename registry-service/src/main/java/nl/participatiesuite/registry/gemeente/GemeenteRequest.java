package nl.participatiesuite.registry.gemeente;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.participatiesuite.apirules.input.GemeenteCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GemeenteRequest")
public record GemeenteRequest(
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "code is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = "code is een CBS-gemeentecode: GM gevolgd door 4 cijfers.")
        String code,
        @Schema(required = true, example = "Buren")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam) {
}
