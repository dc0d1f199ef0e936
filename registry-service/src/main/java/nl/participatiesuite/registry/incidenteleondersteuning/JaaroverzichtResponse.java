package nl.participatiesuite.registry.incidenteleondersteuning;

import java.math.BigDecimal;
import nl.participatiesuite.registry.regels.BudgetRuimte;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncidenteleOndersteuningJaaroverzicht",
        description = "Hoeveel incidentele ondersteuning een gemeente in een kalenderjaar nog kan geven.")
public record JaaroverzichtResponse(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "2025") int jaar,
        @Schema(required = true, description = "Het maximum per gemeente per kalenderjaar.", example = "5000.00")
        BigDecimal plafond,
        @Schema(required = true, example = "3250.00") BigDecimal toegekend,
        @Schema(required = true, example = "1750.00") BigDecimal beschikbaar,
        @Schema(required = true, example = "GM0214-2",
                description = "De regelset van het plafond: die op 1 januari van het jaar gold.") String regelsetVersie)
        implements GemeenteGebonden {

    static JaaroverzichtResponse of(String gemeente, int jaar, IncidenteleOndersteuningService.Jaarplafond plafond) {
        BudgetRuimte ruimte = plafond.ruimte();
        return new JaaroverzichtResponse(gemeente, jaar, ruimte.totaal(), ruimte.toegekend(), ruimte.beschikbaar(),
                plafond.regelsetVersie());
    }
}
