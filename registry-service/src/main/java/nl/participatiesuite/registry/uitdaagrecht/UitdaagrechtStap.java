package nl.participatiesuite.registry.uitdaagrecht;

import nl.participatiesuite.registry.regels.UitdaagrechtStatus;

/**
 * The steps a medewerker takes with a plain statuswijziging. TOEGEKEND and AFGEWEZEN are taken with a besluit
 * (motivering, weigeringsgronden) and OVEREENKOMST_GESLOTEN with an overeenkomst, so they are not among these.
 */
public enum UitdaagrechtStap {
    IN_BEHANDELING,
    IN_UITVOERING,
    AFGEROND,
    INGETROKKEN,
    BUITEN_BEHANDELING;

    UitdaagrechtStatus status() {
        return UitdaagrechtStatus.valueOf(name());
    }
}
