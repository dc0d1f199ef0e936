package nl.participatiesuite.registry.peer;

/** The evaluation-service's answer to "is there an evaluatie of this initiatief?", or why there is none. */
public sealed interface Evaluatiestand {

    /** At least one evaluatie names the initiatief. */
    record Geevalueerd() implements Evaluatiestand {
    }

    record NietGeevalueerd() implements Evaluatiestand {
    }

    /** Down, too slow, or refusing this caller: unknown, which the caller must say in its answer. */
    record Onbekend() implements Evaluatiestand {
    }
}
