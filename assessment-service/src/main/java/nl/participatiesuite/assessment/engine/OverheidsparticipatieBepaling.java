package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Buren, handreiking overheidsparticipatie stap 3. Zonder gevraagde ondersteuning: stimuleren, of loslaten
 * als het initiatief met de doelen schuurt. Met gevraagde ondersteuning: loslaten als het niet bij de
 * ambities past of er geen middelen zijn, anders faciliteren (middelen) of coproduceren (mede-initiatiefnemer).
 * Bij loslaten geeft de gemeente wel aandachtspunten mee (de handreiking zegt dat van loslaten in het
 * algemeen, dus ook als het initiatief met de doelen schuurt).
 */
final class OverheidsparticipatieBepaling {

    private OverheidsparticipatieBepaling() {
    }

    static OverheidsparticipatieUitkomst bepaal(BeoordelingInvoer invoer) {
        if (invoer.initiatiefnemer() != Initiatiefnemer.SAMENLEVING) {
            return new OverheidsparticipatieUitkomst(false, null,
                    List.of(OnderbouwingCode.OVERHEIDSPARTICIPATIE_NIET_VAN_TOEPASSING.met()));
        }
        Ondersteuning gevraagd = invoer.ondersteuningGevraagd();
        if (gevraagd == null) {
            return new OverheidsparticipatieUitkomst(true, null,
                    List.of(OnderbouwingCode.OVERHEIDSPARTICIPATIE_ONBEANTWOORD.met()));
        }
        if (gevraagd == Ondersteuning.GEEN) {
            return invoer.schuurtMetDoelen()
                    ? loslaten(List.of(OnderbouwingCode.LOSLATEN_SCHUURT_MET_DOELEN.met()))
                    : rol(OverheidsparticipatieRol.STIMULEREN, OnderbouwingCode.STIMULEREN.met());
        }
        List<Onderbouwing> redenenLoslaten = new ArrayList<>();
        if (!invoer.pastBijAmbities()) {
            redenenLoslaten.add(OnderbouwingCode.LOSLATEN_PAST_NIET_BIJ_AMBITIES.met());
        }
        if (!invoer.middelenBeschikbaar()) {
            redenenLoslaten.add(OnderbouwingCode.LOSLATEN_GEEN_MIDDELEN.met());
        }
        if (!redenenLoslaten.isEmpty()) {
            return loslaten(redenenLoslaten);
        }
        return gevraagd == Ondersteuning.MIDDELEN
                ? rol(OverheidsparticipatieRol.FACILITEREN, OnderbouwingCode.FACILITEREN.met())
                : rol(OverheidsparticipatieRol.COPRODUCEREN, OnderbouwingCode.COPRODUCEREN.met(),
                        OnderbouwingCode.TE_VEEL_BEMOEIENIS.met());
    }

    private static OverheidsparticipatieUitkomst loslaten(List<Onderbouwing> redenen) {
        List<Onderbouwing> onderbouwing = new ArrayList<>(redenen);
        onderbouwing.add(OnderbouwingCode.AANDACHTSPUNTEN_MEEGEVEN.met());
        return new OverheidsparticipatieUitkomst(true, OverheidsparticipatieRol.LOSLATEN, onderbouwing);
    }

    private static OverheidsparticipatieUitkomst rol(OverheidsparticipatieRol rol, Onderbouwing... onderbouwing) {
        return new OverheidsparticipatieUitkomst(true, rol, List.of(onderbouwing));
    }
}
