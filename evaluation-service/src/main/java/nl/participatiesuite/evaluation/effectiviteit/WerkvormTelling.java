package nl.participatiesuite.evaluation.effectiviteit;

import nl.participatiesuite.evaluation.evaluatie.Schaal;

/** The ratings of one werkvorm at one schaal, summed over the reports that count. */
public record WerkvormTelling(String werkvorm, Schaal schaal, long somWaardering, long aantalBeoordelingen) {
}
