package nl.participatiesuite.assessment.engine;

import java.math.BigDecimal;

/**
 * Hoe goed een werkvorm eerder werkte volgens de evaluation-service: gemiddelde waardering 1..5 over
 * {@code aantalEvaluaties} evaluaties. BigDecimal zodat gelijke invoer altijd gelijk gesorteerd wordt.
 */
public record WerkvormScore(BigDecimal gemiddelde, int aantalEvaluaties) {

    static final BigDecimal LAAGSTE = BigDecimal.ONE;
    static final BigDecimal HOOGSTE = BigDecimal.valueOf(5);

    /**
     * Alleen een score met minstens één evaluatie en een gemiddelde binnen 1..5 telt; een onbruikbare
     * score van de peer maakt de werkvorm "nog niet geëvalueerd" in plaats van de beoordeling te breken.
     */
    boolean bruikbaar() {
        return gemiddelde != null && aantalEvaluaties > 0
                && gemiddelde.compareTo(LAAGSTE) >= 0 && gemiddelde.compareTo(HOOGSTE) <= 0;
    }
}
