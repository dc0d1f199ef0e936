package nl.participatiesuite.evaluation.effectiviteit;

import java.math.BigDecimal;
import nl.participatiesuite.evaluation.regels.Schaal;
import nl.participatiesuite.evaluation.regels.WerkvormRang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WerkvormScore", description = "Hoe goed een werkvorm op een schaal werkte, gemiddeld over de verslagen.")
public record WerkvormScore(
        @Schema(required = true, example = "Enquête") String werkvorm,
        @Schema(required = true) Schaal schaal,
        @Schema(required = true, example = "4.3", minimum = "1", maximum = "5", description = "Gemiddelde waardering 1..5, op één decimaal")
        BigDecimal gemiddeldeWaardering,
        @Schema(required = true, example = "3") long aantalBeoordelingen) {

    public static WerkvormScore of(WerkvormRang rang) {
        return new WerkvormScore(rang.werkvorm(), rang.schaal(), rang.gemiddeldeWaardering(), rang.aantalBeoordelingen());
    }
}
