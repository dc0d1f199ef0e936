package nl.participatiesuite.registry.regelset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.participatiesuite.apirules.input.GemeenteCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistryRegelsetPublicatie", description = "Een nieuwe versie van de registerregels van één gemeente.")
public record RegelsetRequest(
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(description = "Vanaf deze dag geldt de versie; standaard vandaag. Niet in het verleden: wat al berekend "
                + "of ontvangen is, houdt de regels van toen.", example = "2027-01-01")
        LocalDate ingangsdatum,
        @Schema(example = "Participatieverordening 2027: beslistermijn zes weken.")
        @Size(max = 4000, message = "toelichting is hoogstens 4000 tekens.")
        String toelichting,
        @Schema(required = true)
        @NotNull(message = "regels is verplicht.") @Valid
        RegelsRequest regels) {
}
