package nl.participatiesuite.evaluation.evaluatie;

/** What a lesson of a report is: what helped, what was learnt, or what got in the way. */
public enum Lessoort {
    SUCCESFACTOR,
    LEERPUNT,
    KNELPUNT
}
