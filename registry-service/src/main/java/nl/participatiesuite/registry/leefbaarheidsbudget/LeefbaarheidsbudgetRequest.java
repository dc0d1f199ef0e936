package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.UUID;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.input.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new leefbaarheidsbudget: one per gemeente, jaar and kern (or one for the whole gemeente). */
@Schema(name = "LeefbaarheidsbudgetRequest")
public record LeefbaarheidsbudgetRequest(
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(required = true, example = "2025")
        @NotNull(message = "jaar is verplicht.")
        @Min(value = 2000, message = "jaar is minimaal 2000.") @Max(value = 2200, message = "jaar is hoogstens 2200.")
        Integer jaar,
        @Schema(description = "Een kern van de gemeente; leeg voor een budget van de hele gemeente.")
        UUID kernId,
        @Schema(required = true, description = "In euro's, twee decimalen.", example = "10000.00")
        @NotNull(message = "totaalbedrag is verplicht.")
        @DecimalMin(value = "0.00", message = "totaalbedrag kan niet negatief zijn.")
        @Digits(integer = 10, fraction = 2, message = "totaalbedrag is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal totaalbedrag,
        @Schema(required = true, enumeration = {"STEMMEN", "COMMISSIE", "GEMEENTE"}, description = Beslismodus.UITLEG,
                example = "COMMISSIE")
        @NotNull(message = "beslismodus is verplicht.") @OneOf(Beslismodus.class)
        String beslismodus) {
}
