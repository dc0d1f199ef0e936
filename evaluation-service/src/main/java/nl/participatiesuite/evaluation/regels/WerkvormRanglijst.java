package nl.participatiesuite.evaluation.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Rule "werkvorm effectiveness" (domain.md §3): the mean rating per werkvorm and schaal, on one
 * decimal (half up), ordered best first: highest mean, then most ratings (more evidence), then
 * werkvorm name and schaal so equal scores always come out in the same order.
 */
public final class WerkvormRanglijst {

    static final Comparator<WerkvormRang> BESTE_EERST = Comparator
            .comparing(WerkvormRang::gemiddeldeWaardering).reversed()
            .thenComparing(Comparator.comparingLong(WerkvormRang::aantalBeoordelingen).reversed())
            .thenComparing(WerkvormRang::werkvorm, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(WerkvormRang::werkvorm)
            .thenComparing(WerkvormRang::schaal);

    private WerkvormRanglijst() {
    }

    public static List<WerkvormRang> rangschik(List<WerkvormTelling> tellingen) {
        return tellingen.stream()
                .filter(t -> t.aantalBeoordelingen() > 0)
                .map(t -> new WerkvormRang(t.werkvorm(), t.schaal(), gemiddelde(t), t.aantalBeoordelingen()))
                .sorted(BESTE_EERST)
                .toList();
    }

    static BigDecimal gemiddelde(WerkvormTelling telling) {
        return BigDecimal.valueOf(telling.somWaardering())
                .divide(BigDecimal.valueOf(telling.aantalBeoordelingen()), 1, RoundingMode.HALF_UP);
    }
}
