package nl.participatiesuite.assessment.engine;

/** De vijf treden van de participatieladder uit de Inspraak- en participatieverordening Buren. */
public enum Ladderniveau {
    INFORMEREN,
    RAADPLEGEN,
    ADVISEREN,
    COPRODUCEREN,
    MEEBESLISSEN
}
