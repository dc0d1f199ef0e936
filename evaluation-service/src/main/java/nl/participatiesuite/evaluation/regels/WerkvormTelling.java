package nl.participatiesuite.evaluation.regels;


/** The ratings of one werkvorm at one schaal, summed over the reports that count. */
public record WerkvormTelling(String werkvorm, Schaal schaal, long somWaardering, long aantalBeoordelingen) {
}
