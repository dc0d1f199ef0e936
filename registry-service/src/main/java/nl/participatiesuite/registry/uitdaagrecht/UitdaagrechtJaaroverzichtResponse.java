package nl.participatiesuite.registry.uitdaagrecht;

import java.math.BigDecimal;
import java.util.List;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UitdaagrechtJaaroverzicht", description = "Het uitdaagrecht van een gemeente in een kalenderjaar, voor de raad.")
public record UitdaagrechtJaaroverzichtResponse(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, example = "2026") int jaar,
        @Schema(required = true, description = "Verzoeken met een ontvangstdatum in het jaar.", example = "4") long ontvangen,
        @Schema(required = true, description = "Besluiten (toegekend of afgewezen) met een besluitdatum in het jaar.",
                example = "3") long besloten,
        @Schema(required = true, description = "Daarvan op of voor de uiterste beslisdatum.", example = "2") long tijdigBesloten,
        @Schema(required = true, description = "Daarvan na de uiterste beslisdatum.", example = "1") long teLaatBesloten,
        @Schema(required = true, example = "2") long toegekend,
        @Schema(required = true, example = "1") long afgewezen,
        @Schema(required = true, description = "Per weigeringsgrond hoe vaak een afwijzing in het jaar hem noemde; één "
                + "afwijzing kan meer gronden noemen.") List<Weigeringstelling> afgewezenPerWeigeringsgrond,
        @Schema(required = true, description = "Buiten behandeling gesteld in het jaar (Awb 4:5).", example = "0")
        long buitenBehandeling,
        @Schema(required = true, description = "Budget overgedragen in overeenkomsten die in het jaar ingaan, in euro's.",
                example = "15000.00") BigDecimal overgedragenBudget) implements GemeenteGebonden {

    @Schema(name = "UitdaagrechtWeigeringstelling")
    public record Weigeringstelling(
            @Schema(required = true, enumeration = {"WETTELIJKE_TAAK", "ONVOLDOENDE_DRAAGVLAK", "ONVOLDOENDE_CONTINUITEIT",
                    "GEEN_MEERWAARDE", "STRIJD_MET_BELEID_OF_RECHTEN"}) String weigeringsgrond,
            @Schema(required = true, example = "1") long aantal) {
    }
}
