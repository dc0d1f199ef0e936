package nl.participatiesuite.assessment.engine;

import java.util.List;

/** Het kwadrant van Coevorden: wie het initiatief neemt, tegen of de gemeente nodig is of moet beslissen. */
final class RolBepaling {

    private RolBepaling() {
    }

    static RolUitkomst bepaal(BeoordelingInvoer invoer) {
        if (invoer.initiatiefnemer() == Initiatiefnemer.SAMENLEVING) {
            return invoer.gemeenteBijdrageNodig()
                    ? new RolUitkomst(RolGemeente.DEELNEMER, List.of(OnderbouwingCode.ROL_DEELNEMER.met()))
                    : new RolUitkomst(RolGemeente.TOESCHOUWER, List.of(OnderbouwingCode.ROL_TOESCHOUWER.met()));
        }
        return invoer.gemeenteMoetBeslissen()
                ? new RolUitkomst(RolGemeente.BESLISSER, List.of(OnderbouwingCode.ROL_BESLISSER.met()))
                : new RolUitkomst(RolGemeente.REGISSEUR, List.of(OnderbouwingCode.ROL_REGISSEUR.met()));
    }
}
