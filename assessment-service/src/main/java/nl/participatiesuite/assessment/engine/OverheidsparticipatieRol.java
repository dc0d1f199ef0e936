package nl.participatiesuite.assessment.engine;

/** De vier rollen bij een initiatief uit de samenleving (Buren, handreiking overheidsparticipatie stap 3). */
public enum OverheidsparticipatieRol {
    LOSLATEN,
    STIMULEREN,
    FACILITEREN,
    COPRODUCEREN
}
