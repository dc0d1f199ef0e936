package nl.participatiesuite.registry.initiatief;

/** The role the gemeente takes in an initiative from society (Buren, overheidsparticipatie). */
public enum Overheidsrol {
    STIMULEREN,
    FACILITEREN,
    COPRODUCEREN,
    LOSLATEN
}
