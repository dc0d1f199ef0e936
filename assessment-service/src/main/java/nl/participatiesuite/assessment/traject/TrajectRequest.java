package nl.participatiesuite.assessment.traject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.participatiesuite.apirules.input.GemeenteCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SamenwerkingstrajectRequest", description = "Een nieuw samenwerkingstraject; het begint bij stap 1.")
public record TrajectRequest(
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(required = true, example = "Regionale samenwerking sociaal domein")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Size(max = 4000, message = "omschrijving is hoogstens 4000 tekens.")
        String omschrijving,
        @Schema(description = "De deelnemende partners (gemeenten, organisaties)", example = "[\"Gemeente Culemborg\"]")
        @Size(max = 50, message = "partners heeft hoogstens 50 namen.")
        List<@NotBlank(message = "Een partner heeft een naam.") @Size(max = 200, message = "Een partnernaam is hoogstens 200 tekens.") String> partners) {
}
