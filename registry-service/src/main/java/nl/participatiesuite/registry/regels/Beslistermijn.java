package nl.participatiesuite.registry.regels;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The beslistermijn of an uitdaagrechtverzoek (domain.md §5, Awb 4:13 and 4:15): the gemeente decides within
 * {@code termijnWeken} (default 8) from the date of receipt, plus the days the term was suspended.
 *
 * <p>Opschorting (Awb 4:15): from a herstelverzoek until the day the parts arrive, or until the hersteltermijn ends
 * unused, whichever is first; counted as the days between the herstelverzoek and that day (from the day after the
 * request up to and including the day of supply). A suspension still running counts up to today, so the date shown is
 * the earliest the term can end. Overlapping suspensions count each day once.
 *
 * <p>Termijn overschreden: a besluit after the uiterste beslisdatum (a besluit on that day is in time), or no besluit
 * while that day has passed. It is computed from the stored besluitdatum, so once a late besluit is taken the verzoek
 * stays marked.
 */
public final class Beslistermijn {

    /** Awb 4:13 lid 2: eight weeks, unless the gemeente's rule set says otherwise. */
    public static final int STANDAARD_WEKEN = 8;

    private Beslistermijn() {
    }

    /**
     * One herstelverzoek as the term sees it.
     *
     * @param verzondenOp      the day the gemeente asked for the missing parts
     * @param hersteltermijnTot the last day the indiener had to supply them
     * @param aangevuldOp      the day they arrived; null while they have not
     */
    public record Opschorting(LocalDate verzondenOp, LocalDate hersteltermijnTot, LocalDate aangevuldOp) {

        public Opschorting {
            if (verzondenOp == null || hersteltermijnTot == null || hersteltermijnTot.isBefore(verzondenOp)) {
                throw new IllegalArgumentException("Een hersteltermijn eindigt niet voor het herstelverzoek.");
            }
            if (aangevuldOp != null && aangevuldOp.isBefore(verzondenOp)) {
                throw new IllegalArgumentException("Aangevuld voor het herstelverzoek.");
            }
        }

        /** The day the suspension ends, or {@code vandaag} when it still runs. */
        LocalDate einde(LocalDate vandaag) {
            LocalDate einde = aangevuldOp != null ? aangevuldOp : vandaag;
            if (einde.isAfter(hersteltermijnTot)) {
                einde = hersteltermijnTot;
            }
            return einde.isBefore(verzondenOp) ? verzondenOp : einde;
        }

        boolean loopt(LocalDate vandaag) {
            return aangevuldOp == null && vandaag.isBefore(hersteltermijnTot);
        }
    }

    /**
     * @param uitersteBeslisdatum the last day on which a besluit is in time
     * @param opgeschorteDagen    the days added for suspensions
     * @param opgeschort          a suspension still runs (the date moves on with every day it does)
     * @param termijnOverschreden decided after the date, or undecided while it has passed
     */
    public record Uitkomst(LocalDate uitersteBeslisdatum, long opgeschorteDagen, boolean opgeschort,
            boolean termijnOverschreden) {
    }

    /**
     * @param ontvangstdatum the day the verzoek was received
     * @param termijnWeken   the gemeente's beslistermijn in weeks (at least 1)
     * @param opschortingen  every herstelverzoek of the verzoek
     * @param besluitdatum   the day of the besluit; null while undecided
     * @param vandaag        today (Dutch date)
     */
    public static Uitkomst bereken(LocalDate ontvangstdatum, int termijnWeken, List<Opschorting> opschortingen,
            LocalDate besluitdatum, LocalDate vandaag) {
        if (termijnWeken < 1) {
            throw new IllegalArgumentException("Een beslistermijn is minstens een week.");
        }
        // After the besluit nothing suspends any more: count up to the besluit at most.
        LocalDate peildatum = besluitdatum != null && besluitdatum.isBefore(vandaag) ? besluitdatum : vandaag;
        long dagen = opgeschorteDagen(opschortingen, peildatum);
        boolean opgeschort = besluitdatum == null && opschortingen.stream().anyMatch(o -> o.loopt(vandaag));
        LocalDate uiterste = ontvangstdatum.plusWeeks(termijnWeken).plusDays(dagen);
        boolean overschreden = besluitdatum != null ? besluitdatum.isAfter(uiterste) : vandaag.isAfter(uiterste);
        return new Uitkomst(uiterste, dagen, opgeschort, overschreden);
    }

    /** The union of the suspended periods, so a day is never counted twice. */
    private static long opgeschorteDagen(List<Opschorting> opschortingen, LocalDate peildatum) {
        List<LocalDate[]> perioden = new ArrayList<>();
        for (Opschorting o : opschortingen) {
            LocalDate einde = o.einde(peildatum);
            if (einde.isAfter(o.verzondenOp())) {
                perioden.add(new LocalDate[] {o.verzondenOp(), einde});
            }
        }
        perioden.sort(Comparator.comparing((LocalDate[] p) -> p[0]));
        long dagen = 0;
        LocalDate tot = null;
        for (LocalDate[] p : perioden) {
            LocalDate van = tot != null && tot.isAfter(p[0]) ? tot : p[0];
            if (p[1].isAfter(van)) {
                dagen += ChronoUnit.DAYS.between(van, p[1]);
                tot = p[1];
            }
        }
        return dagen;
    }
}
