package nl.participatiesuite.registry.regelset;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The values of a rule set as a publication gives them; every one is required, so a version is complete. */
@Schema(name = "RegistryRegelsRequest", description = "De waarden van een regelset; begin met GET /regelsets/standaard.")
public record RegelsRequest(
        @Schema(required = true, description = "De onkostenvergoeding van een dorpsbelangenorganisatie in het basisjaar.",
                example = "375.00")
        @NotNull(message = "onkostenvergoedingBasisbedrag is verplicht.")
        @DecimalMin(value = "0", message = "onkostenvergoedingBasisbedrag is niet negatief.")
        @Digits(integer = 10, fraction = 2, message = "onkostenvergoedingBasisbedrag is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal onkostenvergoedingBasisbedrag,
        @Schema(required = true, example = "2020")
        @NotNull(message = "onkostenvergoedingBasisjaar is verplicht.")
        @Min(value = 2000, message = "onkostenvergoedingBasisjaar is minimaal 2000.")
        @Max(value = 2200, message = "onkostenvergoedingBasisjaar is hoogstens 2200.")
        Integer onkostenvergoedingBasisjaar,
        @Schema(required = true, description = "Ten hoogste zoveel incidentele ondersteuning per kalenderjaar.",
                example = "5000.00")
        @NotNull(message = "incidenteleOndersteuningJaarplafond is verplicht.")
        @DecimalMin(value = "0", message = "incidenteleOndersteuningJaarplafond is niet negatief.")
        @Digits(integer = 10, fraction = 2, message = "incidenteleOndersteuningJaarplafond is een bedrag in euro's met hoogstens twee decimalen.")
        BigDecimal incidenteleOndersteuningJaarplafond,
        @Schema(required = true, description = "Het doel van de kerndekking: minstens zoveel kernambtenaren.", example = "2")
        @NotNull(message = "minimaalAantalKernambtenaren is verplicht.")
        @Min(value = 0, message = "minimaalAantalKernambtenaren is minimaal 0.")
        @Max(value = 1000, message = "minimaalAantalKernambtenaren is hoogstens 1000.")
        Integer minimaalAantalKernambtenaren,
        @Schema(required = true, description = "De beslistermijn op een uitdaagrechtverzoek (Awb 4:13).", example = "8")
        @NotNull(message = "beslistermijnWeken is verplicht.")
        @Min(value = 1, message = "beslistermijnWeken is minimaal 1.")
        @Max(value = 52, message = "beslistermijnWeken is hoogstens 52.")
        Integer beslistermijnWeken,
        @Schema(required = true, description = "De standaard hersteltermijn van een herstelverzoek (Awb 4:5).", example = "14")
        @NotNull(message = "hersteltermijnDagen is verplicht.")
        @Min(value = 1, message = "hersteltermijnDagen is minimaal 1.")
        @Max(value = 365, message = "hersteltermijnDagen is hoogstens 365.")
        Integer hersteltermijnDagen) {
}
