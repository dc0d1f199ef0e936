package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Verplichte participatie (domain.md §6): het plan valt onder de gevallen die de beoordeling noemt, en die moeten in
 * de regelset van de gemeente staan (de lijst van de raad). Een onbekende code in een nieuw verzoek is ongeldige
 * invoer ({@link #onbekend}, gecontroleerd waar het verzoek binnenkomt); de bepaling zelf noemt alleen bekende
 * gevallen, in de volgorde van de regelset, zodat een herberekening met een nieuwere regelset waarin de raad een geval
 * introk gewoon slaagt en dat geval niet meer noemt.
 */
public final class VerplichteParticipatieBepaling {

    private VerplichteParticipatieBepaling() {
    }

    static VerplichteParticipatieUitkomst bepaal(BeoordelingInvoer invoer, Regelset regelset) {
        List<VerplichtGeval> gevallen = regelset.verplichteParticipatie().stream()
                .filter(g -> invoer.verplichteParticipatie().contains(g.code()))
                .toList();
        if (gevallen.isEmpty()) {
            return VerplichteParticipatieUitkomst.nietVerplicht();
        }
        List<Onderbouwing> onderbouwing = gevallen.stream()
                .map(g -> OnderbouwingCode.PARTICIPATIE_VERPLICHT.met(g.omschrijving(), g.besluit(), g.besluitdatum()))
                .toList();
        return new VerplichteParticipatieUitkomst(true, gevallen, onderbouwing);
    }

    /** De codes die de beoordeling noemt maar die niet in de regelset staan, als overtreding per positie. */
    public static List<Overtreding> onbekend(BeoordelingInvoer invoer, Regelset regelset) {
        List<Overtreding> uit = new ArrayList<>();
        List<String> bekend = regelset.verplichteParticipatie().stream().map(VerplichtGeval::code).toList();
        for (int i = 0; i < invoer.verplichteParticipatie().size(); i++) {
            String code = invoer.verplichteParticipatie().get(i);
            if (!bekend.contains(code)) {
                uit.add(new Overtreding("verplichteParticipatie[" + i + "]", Overtreding.NIET_TOEGESTAAN,
                        bekend.isEmpty()
                                ? "De regelset van de gemeente wijst geen gevallen van verplichte participatie aan."
                                : "Onbekend geval; de regelset van de gemeente kent: " + String.join(", ", bekend) + "."));
            }
        }
        return uit;
    }
}
