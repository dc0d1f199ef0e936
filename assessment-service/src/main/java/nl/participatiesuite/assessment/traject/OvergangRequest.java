package nl.participatiesuite.assessment.traject;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OvergangRequest", description = "Naar de volgende stap, of terug naar een eerdere stap (naar een "
        + "eerdere fase alleen met een reden). Wie de overgang maakt, komt uit het token (naam en subject), niet uit "
        + "de body.")
public record OvergangRequest(
        @Schema(required = true, minimum = "1", maximum = "16", example = "2")
        @NotNull(message = "naarStap is verplicht.")
        @Min(value = 1, message = "naarStap is 1 tot en met 16.") @Max(value = 16, message = "naarStap is 1 tot en met 16.")
        Integer naarStap,
        @Schema(description = "Verplicht bij terug naar een eerdere fase")
        @Size(max = 4000, message = "reden is hoogstens 4000 tekens.")
        String reden) {
}
