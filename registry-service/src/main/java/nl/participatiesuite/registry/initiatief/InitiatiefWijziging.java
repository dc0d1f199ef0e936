package nl.participatiesuite.registry.initiatief;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.registry.peer.BeoordelingVerwijzing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What can change of an initiatief with PUT. Not the gemeente (its identity as a tenant) and not
 * the status: that moves only through the lifecycle, so every change of it is in the history.
 */
@Schema(name = "InitiatiefWijziging")
public record InitiatiefWijziging(
        @Schema(required = true, example = "Speeltuin De Wielewaal")
        @NotBlank(message = "titel is verplicht.") @Size(max = 200, message = "titel is hoogstens 200 tekens.")
        String titel,
        @Schema(required = true, example = "Kinderen in Zoelen een veilige plek geven om buiten te spelen")
        @NotBlank(message = "doel is verplicht.") @Size(max = 4000, message = "doel is hoogstens 4000 tekens.")
        String doel,
        @Schema(required = true, example = "Een speeltuin aanleggen op het braakliggende veld aan de Kerkstraat")
        @NotBlank(message = "activiteit is verplicht.") @Size(max = 4000, message = "activiteit is hoogstens 4000 tekens.")
        String activiteit,
        @Schema(description = "Kernen van de gemeente waar het initiatief speelt (0..n).")
        List<UUID> kernIds,
        @Schema(required = true, enumeration = {"STRAAT_BUURT", "DORP_WIJK", "GEBIED_REGIO", "GEMEENTE"}, example = "DORP_WIJK")
        @NotNull(message = "schaal is verplicht.") @OneOf(Schaal.class)
        String schaal,
        @Schema(required = true)
        @NotNull(message = "initiatiefnemer is verplicht.") @Valid
        InitiatiefnemerRequest initiatiefnemer,
        @Valid
        VasteContactpersoonRequest vasteContactpersoon,
        @Schema(deprecated = true, description = BeoordelingVerwijzing.IN_INITIATIEFVERZOEK)
        UUID beoordelingId,
        @Schema(enumeration = {"STIMULEREN", "FACILITEREN", "COPRODUCEREN", "LOSLATEN"}, example = "FACILITEREN")
        @OneOf(Overheidsrol.class)
        String overheidsrol,
        @Schema(description = "Een aanvraag op een leefbaarheidsbudget van dezelfde gemeente.")
        UUID leefbaarheidsaanvraagId) implements InitiatiefGegevens {
}
