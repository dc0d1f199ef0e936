package nl.participatiesuite.evaluation.regels;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule "terugkoppeling aan deelnemers" (domain.md §3): a report without feedback to the participants
 * is flagged; so is a broken or untestable participation promise.
 */
public final class Signaleringen {

    private Signaleringen() {
    }

    /** @param terugkoppelingGegeven null when the report says nothing about feedback: that counts as missing */
    public static List<Signalering> voor(Boolean terugkoppelingGegeven, Belofteoordeel belofte) {
        List<Signalering> signaleringen = new ArrayList<>();
        if (!Boolean.TRUE.equals(terugkoppelingGegeven)) {
            signaleringen.add(Signalering.TERUGKOPPELING_ONTBREEKT);
        }
        if (Boolean.FALSE.equals(belofte.belofteNagekomen())) {
            signaleringen.add(Signalering.BELOFTE_NIET_NAGEKOMEN);
        }
        if (belofte.geplandNiveau() == null) {
            signaleringen.add(belofte.bron() == GeplandNiveauBron.ASSESSMENT_ONBEREIKBAAR
                    ? Signalering.ASSESSMENT_ONBEREIKBAAR : Signalering.GEEN_BEOORDELING);
        }
        return List.copyOf(signaleringen);
    }
}
