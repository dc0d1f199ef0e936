package nl.participatiesuite.assessment.engine;

import java.math.BigDecimal;

/**
 * Een aanbevolen werkvorm, met hoe goed die eerder werkte als dat bekend is.
 *
 * @param gemiddeldeWaardering 1..5, of leeg als de werkvorm nog niet geëvalueerd is
 */
public record WerkvormAdvies(String naam, BigDecimal gemiddeldeWaardering, int aantalEvaluaties) {
}
