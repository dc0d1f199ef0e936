package nl.participatiesuite.evaluation.evaluatie;

/** The ten common pitfalls of participation from Noordoostpolder's samenwerkingswijzer. */
public enum Valkuil {
    /** 1. Participatie om de participatie. */
    PARTICIPATIE_OM_DE_PARTICIPATIE,
    /** 2. "Consensus en draagvlak zijn altijd te realiseren bij goede participatie" – een remmende illusie. */
    CONSENSUS_ILLUSIE,
    /** 3. Participatie komt neer op het weglopen voor het nemen van beslissingen. */
    WEGLOPEN_VOOR_BESLISSINGEN,
    /** 4. Van een klankbordgroep consensus verwachten. */
    CONSENSUS_VAN_KLANKBORDGROEP,
    /** 5. Een representatief beeld als eis aan participatie. */
    REPRESENTATIEF_BEELD_ALS_EIS,
    /** 6. Ongenoegen over de inhoudelijke uitkomst botvieren op de kwaliteit van het proces. */
    ONGENOEGEN_OP_PROCES,
    /** 7. Onvoldoende (politiek-bestuurlijke) organisatie om participatie te richten en er vervolg aan te geven. */
    ONVOLDOENDE_ORGANISATIE,
    /** 8. Bestuurders/politici bewijzen lippendienst aan participatie en samenwerking. */
    LIPPENDIENST,
    /** 9. Participatie en samenwerking zien als apart proces in plaats van integraal onderdeel van het beleid. */
    APART_PROCES,
    /** 10. Zelf geen goede samenwerkingsspeler zijn, maar anderen wél aanspreken op hun opstelling. */
    GEEN_GOEDE_SAMENWERKINGSSPELER
}
