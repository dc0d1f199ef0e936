package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.registry.common.ContactpersoonRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who asks to take over the task, as a request gives it; the answer shows it as {@link Indiener}. */
@Schema(name = "UitdaagrechtIndienerRequest", description = "Wie het verzoek doet.")
public record IndienerRequest(
        @Schema(required = true, enumeration = {"INWONERS", "MAATSCHAPPELIJKE_PARTIJ"}, example = "MAATSCHAPPELIJKE_PARTIJ")
        @NotNull(message = "type is verplicht.") @OneOf(IndienerType.class)
        String type,
        @Schema(required = true, description = "De naam van de partij of de groep inwoners.")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Schema(example = "Vereniging")
        @Size(max = 200, message = "rechtsvorm is hoogstens 200 tekens.")
        String rechtsvorm,
        @Valid
        ContactpersoonRequest contactpersoon) {
}
