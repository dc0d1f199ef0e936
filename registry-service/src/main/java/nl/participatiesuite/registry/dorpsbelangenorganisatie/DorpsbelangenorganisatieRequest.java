package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.registry.common.ContactpersoonRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

@Schema(name = "DorpsbelangenorganisatieRequest")
public record DorpsbelangenorganisatieRequest(
        @Schema(required = true, example = "Vereniging Dorpsbelang Maurik")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(required = true, enumeration = {"VERENIGING", "STICHTING", "OVERIG"}, example = "VERENIGING")
        @NotBlank(message = "rechtsvorm is verplicht.")
        @OneOf(value = Rechtsvorm.class, message = "rechtsvorm is VERENIGING, STICHTING of OVERIG.")
        String rechtsvorm,
        @Schema(required = true, description = "De kernen (van dezelfde gemeente) waarvoor de organisatie opkomt.",
                minItems = 1, maxItems = 100)
        @NotNull(message = "kernIds is verplicht.")
        @Size(min = 1, max = 100, message = "kernIds noemt 1 tot 100 kernen.")
        @UniqueElements(message = "kernIds noemt elke kern één keer.")
        List<@NotNull(message = "kern-id ontbreekt.") UUID> kernIds,
        @Schema(description = "Het convenant met de gemeente, als dat er is.")
        @Valid
        Convenant convenant,
        @Schema(description = "Betaalt de gemeente het DKK-lidmaatschap? Standaard niet.", defaultValue = "false")
        Boolean dkkLidmaatschapVergoed,
        @Valid
        ContactpersoonRequest contactpersoon) {
}
