package nl.participatiesuite.registry.regels;

import java.util.ArrayList;
import java.util.List;

/**
 * Ontvankelijkheid of an uitdaagrechtverzoek (domain.md §5): "a verzoek without taak, motivering, draagvlak or plan
 * is incomplete". The motivering needs at least one grond (KWALITEIT, KOSTEN, BETROKKENHEID, ANDERS) and the
 * explanation itself; the draagvlak a description. The missing parts are listed by name, in the order of §5, so a
 * herstelverzoek (Awb 4:5) can name them.
 */
public final class Ontvankelijkheid {

    private Ontvankelijkheid() {
    }

    /** What the rule looks at: whether each part is filled in (text already normalised: blank is absent). */
    public record Onderdelen(String taak, int aantalMotiveringsgronden, String motivering, String draagvlak,
            String uitvoeringsplan) {
    }

    public static List<VerzoekOnderdeel> ontbrekend(Onderdelen verzoek) {
        List<VerzoekOnderdeel> ontbrekend = new ArrayList<>();
        if (leeg(verzoek.taak())) {
            ontbrekend.add(VerzoekOnderdeel.TAAK);
        }
        if (verzoek.aantalMotiveringsgronden() < 1 || leeg(verzoek.motivering())) {
            ontbrekend.add(VerzoekOnderdeel.MOTIVERING);
        }
        if (leeg(verzoek.draagvlak())) {
            ontbrekend.add(VerzoekOnderdeel.DRAAGVLAK);
        }
        if (leeg(verzoek.uitvoeringsplan())) {
            ontbrekend.add(VerzoekOnderdeel.UITVOERINGSPLAN);
        }
        return List.copyOf(ontbrekend);
    }

    public static boolean isVolledig(Onderdelen verzoek) {
        return ontbrekend(verzoek).isEmpty();
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
