package nl.participatiesuite.registry.uitdaagrecht;

/** Why a gemeente may refuse a verzoek (domain.md §5, "Besluit"); an afwijzing names at least one. */
public enum Weigeringsgrond {
    WETTELIJKE_TAAK,
    ONVOLDOENDE_DRAAGVLAK,
    ONVOLDOENDE_CONTINUITEIT,
    GEEN_MEERWAARDE,
    STRIJD_MET_BELEID_OF_RECHTEN
}
