package nl.participatiesuite.registry.initiatief;

import java.util.UUID;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.registry.kernambtenaar.Kernambtenaar;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fixed contact of an initiatief at the gemeente, as the API shows it: naam and email (also those of a
 * kernambtenaar) are personal data, only for callers of the own gemeente.
 */
@Schema(name = "VasteContactpersoon",
        description = "Een kernambtenaar (kernambtenaarId) of een andere medewerker. "
                + "In een antwoord staan naam en email ook bij een kernambtenaar.")
public record VasteContactpersoon(
        @Schema(description = "Een kernambtenaar van dezelfde gemeente.")
        UUID kernambtenaarId,
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String naam,
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String email) {

    static VasteContactpersoon of(Initiatief initiatief) {
        Kernambtenaar kernambtenaar = initiatief.contactpersoonKernambtenaar;
        if (kernambtenaar != null) {
            return new VasteContactpersoon(kernambtenaar.id, kernambtenaar.naam, kernambtenaar.email);
        }
        if (initiatief.contactpersoonNaam == null) {
            return null;
        }
        return new VasteContactpersoon(null, initiatief.contactpersoonNaam, initiatief.contactpersoonEmail);
    }
}
