package nl.participatiesuite.registry.common;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.participatiesuite.apirules.input.Tekst;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who to contact, as a request gives it; the answer shows it as {@link Contactpersoon}. */
@Schema(name = "ContactpersoonRequest")
public record ContactpersoonRequest(
        @Schema(required = true, example = "A. Bakker")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam,
        @Schema(example = "secretaris@dorpsbelangen-zoelen.example", format = "email")
        @Email(message = "email is geen geldig e-mailadres.") @Size(max = 320, message = "email is hoogstens 320 tekens.")
        String email,
        @Schema(example = "0344 123456", pattern = TELEFOON_PATTERN)
        @Pattern(regexp = TELEFOON_PATTERN, message = "telefoon bevat alleen cijfers, spaties, +, - en haakjes (6 tot 40 tekens).")
        String telefoon) {

    /** Digits with the separators people write, optionally international (+31). */
    public static final String TELEFOON_PATTERN = "\\+?[0-9][0-9 ()\\-]{5,39}";

    public static Contactgegevens toGegevens(ContactpersoonRequest contactpersoon) {
        if (contactpersoon == null) {
            return null;
        }
        Contactgegevens gegevens = new Contactgegevens();
        gegevens.naam = Tekst.normaliseer(contactpersoon.naam());
        gegevens.email = Tekst.normaliseer(contactpersoon.email());
        gegevens.telefoon = Tekst.normaliseer(contactpersoon.telefoon());
        return gegevens;
    }
}
