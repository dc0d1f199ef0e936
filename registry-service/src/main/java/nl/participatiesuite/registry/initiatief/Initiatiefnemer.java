package nl.participatiesuite.registry.initiatief;

import nl.participatiesuite.apirules.security.MogelijkNatuurlijkPersoon;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who took the initiative, as the API shows it. Naam and contact of an INWONER are personal data (a natural
 * person, domain.md §4): only callers of the own gemeente see them; those of an organisation, an ondernemer or
 * the gemeente are public.
 */
@Schema(name = "Initiatiefnemer", description = "Wie het initiatief neemt.")
public record Initiatiefnemer(
        @Schema(required = true, enumeration = {"INWONER", "ONDERNEMER", "ORGANISATIE", "GEMEENTE"}, example = "INWONER")
        String type,
        @Schema(description = "Alleen bij een INWONER een persoonsgegeven.", extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String naam,
        @Schema(description = "Hoe de initiatiefnemer bereikbaar is (e-mail of telefoon); alleen bij een INWONER een persoonsgegeven.",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String contact) implements MogelijkNatuurlijkPersoon {

    @Override
    public boolean beschrijftNatuurlijkPersoon() {
        return "INWONER".equals(type);
    }

    static Initiatiefnemer of(Initiatief initiatief) {
        return new Initiatiefnemer(initiatief.initiatiefnemerType.name(), initiatief.initiatiefnemerNaam,
                initiatief.initiatiefnemerContact);
    }
}
