package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import nl.participatiesuite.apirules.input.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What can change of a leefbaarheidsbudget. Gemeente, jaar and kern are what the budget is for, and
 * its aanvragen were made against them: they do not change.
 */
@Schema(name = "LeefbaarheidsbudgetWijziging")
public record LeefbaarheidsbudgetWijziging(
        @Schema(required = true, description = "In euro's, twee decimalen; niet lager dan wat al is toegekend.",
                example = "10000.00")
        @NotNull(message = "totaalbedrag is verplicht.")
        @DecimalMin(value = "0.00", message = "totaalbedrag kan niet negatief zijn.")
        @Digits(integer = 10, fraction = 2, message = "totaalbedrag is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal totaalbedrag,
        @Schema(required = true, enumeration = {"STEMMEN", "COMMISSIE", "GEMEENTE"}, description = Beslismodus.UITLEG,
                example = "COMMISSIE")
        @NotNull(message = "beslismodus is verplicht.") @OneOf(Beslismodus.class)
        String beslismodus) {
}
