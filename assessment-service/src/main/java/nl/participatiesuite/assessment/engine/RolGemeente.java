package nl.participatiesuite.assessment.engine;

/** De vier rollen van de gemeente uit het kwadrant van Coevorden (paragraaf 4.3). */
public enum RolGemeente {
    TOESCHOUWER,
    DEELNEMER,
    REGISSEUR,
    BESLISSER
}
