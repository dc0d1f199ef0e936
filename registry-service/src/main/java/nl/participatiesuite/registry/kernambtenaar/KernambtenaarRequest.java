package nl.participatiesuite.registry.kernambtenaar;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.registry.common.ContactpersoonRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

@Schema(name = "KernambtenaarRequest")
public record KernambtenaarRequest(
        @Schema(required = true, example = "M. Jansen")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Schema(required = true, example = "m.jansen@buren.example", format = "email")
        @NotBlank(message = "email is verplicht.") @Email(message = "email is geen geldig e-mailadres.")
        @Size(max = 320, message = "email is hoogstens 320 tekens.")
        String email,
        @Schema(example = "0344 579 111", pattern = ContactpersoonRequest.TELEFOON_PATTERN)
        @Pattern(regexp = ContactpersoonRequest.TELEFOON_PATTERN,
                message = "telefoon bevat alleen cijfers, spaties, +, - en haakjes (6 tot 40 tekens).")
        String telefoon,
        @Schema(required = true, example = "GM0214", pattern = GemeenteCode.PATTERN)
        @NotBlank(message = "gemeente is verplicht.")
        @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING)
        String gemeente,
        @Schema(required = true, description = "De kernen (van dezelfde gemeente) waarvoor deze kernambtenaar het aanspreekpunt is.",
                minItems = 1, maxItems = 100)
        @NotNull(message = "kernIds is verplicht.")
        @Size(min = 1, max = 100, message = "kernIds noemt 1 tot 100 kernen.")
        @UniqueElements(message = "kernIds noemt elke kern één keer.")
        List<@NotNull(message = "kern-id ontbreekt.") UUID> kernIds) {
}
