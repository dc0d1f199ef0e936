package nl.participatiesuite.assessment.engine;

/**
 * Waarschuwingen die de uitkomst geeft. De eerste vier zijn valkuilen van Noordoostpolder die uit de
 * antwoorden af te leiden zijn; VERWACHTINGEN is de waarschuwing van stap 3 dat een belanghebbende
 * meer inbreng wenst dan geadviseerd. Een waarschuwing verandert nooit een berekend niveau.
 */
public enum Valkuil {
    PARTICIPATIE_OM_DE_PARTICIPATIE,
    CONSENSUS_ILLUSIE,
    GEEN_KERNAMBTENAAR,
    BELANGENANALYSE_ONVOLLEDIG,
    VERWACHTINGEN
}
