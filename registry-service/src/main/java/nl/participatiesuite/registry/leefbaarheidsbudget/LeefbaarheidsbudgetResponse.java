package nl.participatiesuite.registry.leefbaarheidsbudget;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Leefbaarheidsbudget", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record LeefbaarheidsbudgetResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "2025") int jaar,
        @Schema(description = "Leeg voor een budget van de hele gemeente.") UUID kernId,
        @Schema(required = true, example = "10000.00") BigDecimal totaalbedrag,
        @Schema(required = true, enumeration = {"STEMMEN", "COMMISSIE", "GEMEENTE"}, description = Beslismodus.UITLEG)
        String beslismodus,
        @Schema(required = true, description = "Som van de toegekende aanvragen.", example = "2500.00")
        BigDecimal toegekendTotaal,
        @Schema(required = true, description = "totaalbedrag min toegekendTotaal.", example = "7500.00")
        BigDecimal beschikbaar,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    static LeefbaarheidsbudgetResponse of(Budgetstand stand) {
        Leefbaarheidsbudget budget = stand.budget();
        return new LeefbaarheidsbudgetResponse(budget.id, budget.gemeente, budget.jaar, budget.kernId,
                stand.ruimte().totaal(), budget.beslismodus.name(), stand.ruimte().toegekend(),
                stand.ruimte().beschikbaar(), budget.aangemaaktOp, budget.gewijzigdOp);
    }
}
