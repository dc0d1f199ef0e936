package nl.participatiesuite.registry.initiatief;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.registry.kern.Kern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An initiatief as other services read it: they rely on id, gemeente, kernIds and beoordelingId. */
@Schema(name = "Initiatief", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record InitiatiefResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "Speeltuin De Wielewaal") String titel,
        @Schema(required = true, example = "Kinderen in Zoelen een veilige plek geven om buiten te spelen") String doel,
        @Schema(required = true, example = "Een speeltuin aanleggen op het braakliggende veld aan de Kerkstraat") String activiteit,
        @Schema(required = true, description = "Kernen, op naam.") List<UUID> kernIds,
        @Schema(required = true, enumeration = {"STRAAT_BUURT", "DORP_WIJK", "GEBIED_REGIO", "GEMEENTE"}) String schaal,
        @Schema(required = true) Initiatiefnemer initiatiefnemer,
        VasteContactpersoon vasteContactpersoon,
        @Schema(required = true, enumeration = {"INGEDIEND", "IN_BEHANDELING", "LOPEND", "AFGEROND", "AFGEWEZEN", "INGETROKKEN"})
        String status,
        @Schema(description = "De beoordeling in de assessment-service die dit initiatief noemt. Eigenaar van de koppeling is de"
                + " assessment-service (Beoordeling.initiatiefId, die zij bij het register controleert); de registry neemt"
                + " haar over uit de notificaties van de assessment-service (kanaal beoordelingen), enkele seconden na het"
                + " opslaan daar: de laatst aangemaakte of gewijzigde beoordeling die het initiatief noemt. Verwijderd of"
                + " naar een ander initiatief verwezen: de koppeling verdwijnt.")
        UUID beoordelingId,
        @Schema(description = "Ontbreekt zolang de rol niet is bepaald.",
                enumeration = {"STIMULEREN", "FACILITEREN", "COPRODUCEREN", "LOSLATEN"}) String overheidsrol,
        UUID leefbaarheidsaanvraagId,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    static InitiatiefResponse of(Initiatief initiatief) {
        List<UUID> kernIds = initiatief.kernen.stream()
                .sorted(Comparator.comparing((Kern k) -> k.naam).thenComparing(k -> k.id))
                .map(k -> k.id).toList();
        return new InitiatiefResponse(initiatief.id, initiatief.gemeente, initiatief.titel, initiatief.doel,
                initiatief.activiteit, kernIds, initiatief.schaal.name(), Initiatiefnemer.of(initiatief),
                VasteContactpersoon.of(initiatief), initiatief.status.name(), initiatief.beoordelingId,
                initiatief.overheidsrol == null ? null : initiatief.overheidsrol.name(),
                initiatief.leefbaarheidsaanvraagId, initiatief.aangemaaktOp, initiatief.gewijzigdOp);
    }
}
