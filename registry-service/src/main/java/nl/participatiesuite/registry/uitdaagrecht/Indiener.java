package nl.participatiesuite.registry.uitdaagrecht;

import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.registry.common.Contactpersoon;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who asks to take over the task, as the API shows it. Naam and contactpersoon are personal data (domain.md §4,
 * "indieners of uitdaagrechtverzoeken"): only callers of the own gemeente see them.
 */
@Schema(name = "UitdaagrechtIndiener", description = "Wie het verzoek doet.")
public record Indiener(
        @Schema(required = true, enumeration = {"INWONERS", "MAATSCHAPPELIJKE_PARTIJ"}) String type,
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true")) String naam,
        @Schema(example = "Vereniging") String rechtsvorm,
        Contactpersoon contactpersoon) {

    static Indiener of(Uitdaagrechtverzoek verzoek) {
        return new Indiener(verzoek.indienerType.name(), verzoek.indienerNaam, verzoek.indienerRechtsvorm,
                Contactpersoon.of(verzoek.contactpersoon));
    }
}
