package nl.participatiesuite.registry.incidenteleondersteuning;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import nl.participatiesuite.apirules.input.GemeenteCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncidenteleOndersteuningRequest")
public record IncidenteleOndersteuningRequest(
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(required = true, description = "Het kalenderjaar waarin de ondersteuning telt.", example = "2025")
        @NotNull(message = "jaar is verplicht.")
        @Min(value = 2000, message = "jaar is minimaal 2000.") @Max(value = 2200, message = "jaar is hoogstens 2200.")
        Integer jaar,
        @Schema(required = true, example = "Huur van een zaal voor de eerste bijeenkomst van de dorpstafel")
        @NotBlank(message = "omschrijving is verplicht.") @Size(max = 4000, message = "omschrijving is hoogstens 4000 tekens.")
        String omschrijving,
        @Schema(required = true, description = "In euro's, twee decimalen, meer dan 0.", example = "750.00")
        @NotNull(message = "bedrag is verplicht.")
        @DecimalMin(value = "0", inclusive = false, message = "bedrag is meer dan 0.")
        @Digits(integer = 10, fraction = 2, message = "bedrag is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal bedrag,
        @Schema(description = "Het ondersteunde initiatief (van dezelfde gemeente).")
        UUID initiatiefId) {
}
