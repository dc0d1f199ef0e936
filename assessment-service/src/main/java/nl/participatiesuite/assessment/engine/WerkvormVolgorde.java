package nl.participatiesuite.assessment.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordent een matrixcel op eerdere evaluaties: hoogste gemiddelde eerst, bij gelijk gemiddelde meer
 * evaluaties eerst, daarna de matrixvolgorde; nog niet geëvalueerde werkvormen volgen in matrixvolgorde.
 * Zonder evaluaties (of als de evaluation-service onbereikbaar is) blijft de matrixvolgorde staan.
 */
final class WerkvormVolgorde {

    private final Map<String, WerkvormScore> perSleutel;

    private WerkvormVolgorde(Map<String, WerkvormScore> perSleutel) {
        this.perSleutel = perSleutel;
    }

    static WerkvormVolgorde van(WerkvormEffectiviteit effectiviteit) {
        Map<String, List<WerkvormScore>> gegroepeerd = new HashMap<>();
        if (effectiviteit instanceof WerkvormEffectiviteit.Scores scores) {
            scores.perWerkvorm().forEach((naam, score) -> {
                if (score.bruikbaar()) {
                    gegroepeerd.computeIfAbsent(WerkvormNaam.sleutel(naam), k -> new ArrayList<>()).add(score);
                }
            });
        }
        Map<String, WerkvormScore> perSleutel = new HashMap<>();
        gegroepeerd.forEach((sleutel, lijst) -> perSleutel.put(sleutel, samengevoegd(lijst)));
        return new WerkvormVolgorde(perSleutel);
    }

    /** Dezelfde werkvorm onder twee schrijfwijzen telt als één: gewogen gemiddelde over alle evaluaties. */
    private static WerkvormScore samengevoegd(List<WerkvormScore> scores) {
        if (scores.size() == 1) {
            return scores.get(0);
        }
        BigDecimal totaal = BigDecimal.ZERO;
        int aantal = 0;
        for (WerkvormScore score : scores) {
            totaal = totaal.add(score.gemiddelde().multiply(BigDecimal.valueOf(score.aantalEvaluaties())));
            aantal += score.aantalEvaluaties();
        }
        return new WerkvormScore(totaal.divide(BigDecimal.valueOf(aantal), 2, RoundingMode.HALF_UP), aantal);
    }

    List<WerkvormAdvies> orden(List<String> matrixcel) {
        List<WerkvormAdvies> adviezen = new ArrayList<>();
        for (String naam : matrixcel) {
            WerkvormScore score = perSleutel.get(WerkvormNaam.sleutel(naam));
            adviezen.add(score == null
                    ? new WerkvormAdvies(naam, null, 0)
                    : new WerkvormAdvies(naam, score.gemiddelde(), score.aantalEvaluaties()));
        }
        // List.sort is stabiel: bij volledige gelijkheid blijft de matrixvolgorde staan.
        adviezen.sort(Comparator
                .comparing((WerkvormAdvies a) -> a.gemiddeldeWaardering() == null)
                .thenComparing(WerkvormVolgorde::gemiddeldeAflopend)
                .thenComparing(WerkvormAdvies::aantalEvaluaties, Comparator.reverseOrder()));
        return adviezen;
    }

    private static BigDecimal gemiddeldeAflopend(WerkvormAdvies advies) {
        return advies.gemiddeldeWaardering() == null ? BigDecimal.ZERO : advies.gemiddeldeWaardering().negate();
    }

    /** Aantal evaluaties achter de getoonde werkvormen, elke werkvorm één keer geteld. */
    int aantalEvaluaties(List<List<WerkvormAdvies>> lijsten) {
        Map<String, Integer> perWerkvorm = new HashMap<>();
        for (List<WerkvormAdvies> lijst : lijsten) {
            for (WerkvormAdvies advies : lijst) {
                perWerkvorm.put(WerkvormNaam.sleutel(advies.naam()), advies.aantalEvaluaties());
            }
        }
        return perWerkvorm.values().stream().mapToInt(Integer::intValue).sum();
    }
}
