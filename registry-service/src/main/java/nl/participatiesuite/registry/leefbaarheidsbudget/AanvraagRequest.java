package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeefbaarheidsaanvraagRequest")
public record AanvraagRequest(
        @Schema(required = true, description = "Wie het geld vraagt: een inwoner, groep of organisatie.",
                example = "Buurtvereniging De Linde")
        @NotBlank(message = "aanvrager is verplicht.") @Size(max = 200, message = "aanvrager is hoogstens 200 tekens.")
        String aanvrager,
        @Schema(required = true, example = "Bankjes en een picknicktafel bij de dorpsweide")
        @NotBlank(message = "omschrijving is verplicht.") @Size(max = 4000, message = "omschrijving is hoogstens 4000 tekens.")
        String omschrijving,
        @Schema(required = true, description = "In euro's, twee decimalen, meer dan 0.", example = "1250.00")
        @NotNull(message = "gevraagdBedrag is verplicht.")
        @DecimalMin(value = "0", inclusive = false, message = "gevraagdBedrag is meer dan 0.")
        @Digits(integer = 10, fraction = 2, message = "gevraagdBedrag is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal gevraagdBedrag,
        @Schema(description = "Het initiatief (van dezelfde gemeente) waarvoor het geld is.")
        UUID initiatiefId) {
}
