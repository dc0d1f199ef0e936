package nl.participatiesuite.registry.initiatief;

import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who took the initiative, as the API shows it. Naam and contact are personal data (an INWONER is a natural
 * person, domain.md §4; the field is treated so for every type): only callers of the own gemeente see them.
 */
@Schema(name = "Initiatiefnemer", description = "Wie het initiatief neemt.")
public record Initiatiefnemer(
        @Schema(required = true, enumeration = {"INWONER", "ONDERNEMER", "ORGANISATIE", "GEMEENTE"}, example = "INWONER")
        String type,
        @Schema(example = "Stichting Speeltuin Zoelen", extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String naam,
        @Schema(description = "Hoe de initiatiefnemer bereikbaar is (e-mail of telefoon).", example = "speeltuin@example.org",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String contact) {

    static Initiatiefnemer of(Initiatief initiatief) {
        return new Initiatiefnemer(initiatief.initiatiefnemerType.name(), initiatief.initiatiefnemerNaam,
                initiatief.initiatiefnemerContact);
    }
}
