package nl.participatiesuite.registry.onkostenvergoeding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InflatiecijferRequest")
public record InflatiecijferRequest(
        @Schema(required = true, example = "2.7", minimum = "-50.0", maximum = "100.0",
                description = "Consumentenprijsindex: procentuele verandering ten opzichte van het jaar ervoor, "
                        + "met hoogstens één decimaal; kan negatief zijn.")
        @NotNull(message = "cpiPercentage is verplicht.")
        @DecimalMin(value = "-50.0", message = "cpiPercentage is minimaal -50.0.")
        @DecimalMax(value = "100.0", message = "cpiPercentage is hoogstens 100.0.")
        @Digits(integer = 3, fraction = 1, message = "cpiPercentage heeft hoogstens één decimaal.")
        BigDecimal cpiPercentage) {
}
