package nl.participatiesuite.assessment.regelset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.assessment.engine.Regelset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegelsetPublicatie", description = "Een nieuwe versie van de regels van één gemeente.")
public record RegelsetRequest(
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(example = "Buren adviseert al vanaf score 4 een zware samenwerking.")
        @Size(max = 4000, message = "toelichting is hoogstens 4000 tekens.")
        String toelichting,
        @Schema(required = true, description = "Alle drempels en catalogi; begin met GET /regelsets/standaard. "
                + "De service kent de versie toe: een meegegeven versie wordt vervangen door <gemeente>-<n>.")
        @NotNull(message = "regels is verplicht.")
        Regelset regels) {
}
