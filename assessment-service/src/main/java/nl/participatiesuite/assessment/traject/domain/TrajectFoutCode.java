package nl.participatiesuite.assessment.traject.domain;

/** Stabiele codes waarmee het traject een handeling weigert; de REST-laag vertaalt ze naar een problem. */
public enum TrajectFoutCode {
    /** De doelstap bestaat niet, is de huidige stap, of slaat een stap over. */
    ONGELDIGE_STAP,
    /** De fase wordt verlaten zonder dat college en raad de terugkoppeling hebben vastgelegd. */
    TERUGKOPPELING_ONTBREEKT,
    /** Terug naar een eerdere fase zonder reden. */
    REDEN_VEREIST,
    /** Een overgang of terugkoppeling zonder actor, tijdstip of datum. */
    GEGEVEN_VEREIST
}
