package nl.participatiesuite.registry.signaleringsgroep;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignaleringsvergoedingRequest")
public record SignaleringsvergoedingRequest(
        @Schema(required = true, example = "250.00", minimum = "0", description = "Euro's, hoogstens twee decimalen.")
        @NotNull(message = "bedrag is verplicht.")
        @DecimalMin(value = "0.00", message = "bedrag kan niet negatief zijn.")
        @Digits(integer = 10, fraction = 2, message = "bedrag heeft hoogstens 10 cijfers voor en 2 na de komma.")
        BigDecimal bedrag) {
}
