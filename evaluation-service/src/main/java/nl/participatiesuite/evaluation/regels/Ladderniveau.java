package nl.participatiesuite.evaluation.regels;

/**
 * The five steps of Buren's participation ladder, lowest first: the declaration order is the order
 * on the ladder, so "higher" simply compares ordinals.
 */
public enum Ladderniveau {
    INFORMEREN,
    RAADPLEGEN,
    ADVISEREN,
    COPRODUCEREN,
    MEEBESLISSEN;

    /** The step on the ladder, 1 (INFORMEREN) to 5 (MEEBESLISSEN). */
    public int trede() {
        return ordinal() + 1;
    }
}
