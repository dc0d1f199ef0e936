package nl.participatiesuite.registry.leefbaarheidsbudget;

import nl.participatiesuite.apirules.http.Preconditions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Leefbaarheidsaanvraag", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record AanvraagResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID budgetId,
        UUID initiatiefId,
        @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        String aanvrager,
        @Schema(required = true, example = "Bankjes en een picknicktafel bij de dorpsweide") String omschrijving,
        @Schema(required = true, example = "1250.00") BigDecimal gevraagdBedrag,
        @Schema(required = true, enumeration = {"INGEDIEND", "TOEGEKEND", "AFGEWEZEN"}) String status,
        @Schema(description = "Alleen bij TOEGEKEND.", example = "1000.00") BigDecimal toegekendBedrag,
        @Schema(description = "De motivering van het besluit; altijd bij AFGEWEZEN.") String besluitReden,
        @Schema(description = "Wanneer het besluit is genomen.") Instant beslotenOp,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) {

    static AanvraagResponse of(Leefbaarheidsaanvraag aanvraag) {
        return new AanvraagResponse(aanvraag.id, aanvraag.budgetId, aanvraag.initiatiefId, aanvraag.aanvrager,
                aanvraag.omschrijving, aanvraag.gevraagdBedrag, aanvraag.status.name(), aanvraag.toegekendBedrag,
                aanvraag.besluitReden, aanvraag.beslotenOp, aanvraag.aangemaaktOp, aanvraag.gewijzigdOp);
    }
}
