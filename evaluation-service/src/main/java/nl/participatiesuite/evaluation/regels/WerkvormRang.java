package nl.participatiesuite.evaluation.regels;

import java.math.BigDecimal;

/** One werkvorm at one schaal with its mean rating (one decimal) and the number of ratings behind it. */
public record WerkvormRang(String werkvorm, Schaal schaal, BigDecimal gemiddeldeWaardering, long aantalBeoordelingen) {
}
