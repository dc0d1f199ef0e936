package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Buren 3.3.1: bij grote of politiek gevoelige trajecten van de gemeente een startnotitie voor de raad.
 * Het maatschappelijk belang telt ook als stap 1 negatief is: juist dan moet de raad de afweging kennen
 * om niet (uitgebreid) te participeren.
 */
final class StartnotitieBepaling {

    private StartnotitieBepaling() {
    }

    static StartnotitieUitkomst bepaal(BeoordelingInvoer invoer, Stap2Uitkomst stap2, Regelset regelset) {
        if (invoer.initiatiefnemer() != Initiatiefnemer.GEMEENTE) {
            return new StartnotitieUitkomst(false, List.of(OnderbouwingCode.STARTNOTITIE_ALLEEN_GEMEENTE.met()));
        }
        Regelset.StartnotitieGrenzen grenzen = regelset.startnotitie();
        List<Onderbouwing> redenen = new ArrayList<>();
        if (stap2.intensiteit() != Intensiteit.GEEN
                && stap2.intensiteit().compareTo(grenzen.intensiteitVanaf()) >= 0) {
            redenen.add(OnderbouwingCode.STARTNOTITIE_INTENSITEIT.met(stap2.intensiteit()));
        }
        int belang = Stap2Omvang.waarde(invoer.maatschappelijkBelang());
        if (belang >= grenzen.maatschappelijkBelangVanaf()) {
            redenen.add(OnderbouwingCode.STARTNOTITIE_BELADEN.met(
                    Schaalwaarde.beschrijf(belang), grenzen.maatschappelijkBelangVanaf()));
        }
        if (redenen.isEmpty()) {
            return new StartnotitieUitkomst(false, List.of(OnderbouwingCode.STARTNOTITIE_NIET_VEREIST.met()));
        }
        return new StartnotitieUitkomst(true, redenen);
    }
}
