package nl.participatiesuite.registry.gemeente;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What can change of a gemeente: its name. The CBS code is its identity. */
@Schema(name = "GemeenteWijziging")
public record GemeenteWijziging(
        @Schema(required = true, example = "Buren")
        @NotBlank(message = "naam is verplicht.") @Size(max = 200, message = "naam is hoogstens 200 tekens.")
        String naam) {
}
