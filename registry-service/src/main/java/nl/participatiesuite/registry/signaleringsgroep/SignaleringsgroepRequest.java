package nl.participatiesuite.registry.signaleringsgroep;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.registry.common.ContactpersoonRequest;
import nl.participatiesuite.registry.regels.Soort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignaleringsgroepRequest")
@KernVerplichtVoorSignaleringsgroep
public record SignaleringsgroepRequest(
        @Schema(required = true, enumeration = {"SIGNALERINGSGROEP", "WHATSAPP_COORDINATOR"}, example = "SIGNALERINGSGROEP",
                description = "Een gemeente heeft hoogstens één WHATSAPP_COORDINATOR.")
        @NotBlank(message = "soort is verplicht.")
        @OneOf(value = Soort.class, message = "soort is SIGNALERINGSGROEP of WHATSAPP_COORDINATOR.")
        String soort,
        @Schema(required = true, example = "Signaleringsgroep Zoelen")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(description = "De kern (van dezelfde gemeente); verplicht voor een SIGNALERINGSGROEP.")
        UUID kernId,
        @Valid
        ContactpersoonRequest contactpersoon) {
}
