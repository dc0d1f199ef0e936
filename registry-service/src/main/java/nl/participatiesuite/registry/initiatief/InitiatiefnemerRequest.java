package nl.participatiesuite.registry.initiatief;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.participatiesuite.apirules.input.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who takes the initiative, as a request gives it; the answer shows it as {@link Initiatiefnemer}. */
@Schema(name = "InitiatiefnemerRequest", description = "Wie het initiatief neemt.")
public record InitiatiefnemerRequest(
        @Schema(required = true, enumeration = {"INWONER", "ONDERNEMER", "ORGANISATIE", "GEMEENTE"}, example = "INWONER")
        @NotNull(message = "type is verplicht.") @OneOf(InitiatiefnemerType.class)
        String type,
        @Schema(required = true, example = "Stichting Speeltuin Zoelen")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Schema(description = "Hoe de initiatiefnemer bereikbaar is (e-mail of telefoon).", example = "speeltuin@example.org")
        @Size(max = 320, message = "contact is hoogstens 320 tekens.")
        String contact) {
}
