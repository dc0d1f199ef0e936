package nl.participatiesuite.registry.common;

import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who to contact, as the API shows it: every field is personal (domain.md §4), so it is left out for callers
 * of another gemeente and anonymous callers, and never required. The request is {@link ContactpersoonRequest}.
 */
@Schema(name = "Contactpersoon")
public record Contactpersoon(
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String naam,
        @Schema(format = "email",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String email,
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String telefoon) {

    public static Contactpersoon of(Contactgegevens gegevens) {
        return gegevens == null || gegevens.naam == null
                ? null
                : new Contactpersoon(gegevens.naam, gegevens.email, gegevens.telefoon);
    }
}
