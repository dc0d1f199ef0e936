package nl.participatiesuite.evaluation.regels;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Rule "progress of a target from its baseline measurement" (domain.md §3), for the burgerpeiling.
 * <ul>
 * <li>basis is the earliest measurement of the stelling, laatste the most recent one;</li>
 * <li>voortgang = (laatste − basis) / (doel − basis) × 100, one decimal (half up), may be negative or
 * above 100; null when doel == basis, as there is no distance to cover;</li>
 * <li>status BEHAALD when laatste ≥ doel; else OP_KOERS when laatste ≥ the koers, the straight line
 * from (basisjaar, basis) to (doeljaar, doel) at the year of laatste (after the doeljaar the line stays
 * at doel; a doeljaar not after the basisjaar makes the line the doel itself); else ACHTER.</li>
 * </ul>
 * Higher is better for every stelling, as for all of Buren's.
 */
public final class DoelVoortgang {

    private static final BigDecimal HONDERD = new BigDecimal("100");

    private DoelVoortgang() {
    }

    public static Voortgang bereken(List<Meetpunt> metingen, Meetpunt doel) {
        if (metingen.isEmpty()) {
            return new Voortgang(null, null, doel, null, null, Voortgangsstatus.GEEN_METING,
                    "Nog geen meting: de voortgang naar " + doel.waarde() + " in " + doel.jaar() + " is onbekend.");
        }
        Meetpunt basis = metingen.stream().min(Comparator.comparingInt(Meetpunt::jaar)).orElseThrow();
        Meetpunt laatste = metingen.stream().max(Comparator.comparingInt(Meetpunt::jaar)).orElseThrow();
        BigDecimal koers = koerswaarde(basis, doel, laatste.jaar());
        Voortgangsstatus status = status(basis, laatste, doel);
        return new Voortgang(basis, laatste, doel, voortgang(basis.waarde(), laatste.waarde(), doel.waarde()),
                koers.setScale(1, RoundingMode.HALF_UP), status, toelichting(basis, laatste, doel, koers, status));
    }

    /** (laatste − basis) / (doel − basis) × 100 on one decimal; null when doel == basis. */
    static BigDecimal voortgang(BigDecimal basis, BigDecimal laatste, BigDecimal doel) {
        BigDecimal afstand = doel.subtract(basis);
        if (afstand.signum() == 0) {
            return null;
        }
        return laatste.subtract(basis).multiply(HONDERD).divide(afstand, 1, RoundingMode.HALF_UP);
    }

    static Voortgangsstatus status(Meetpunt basis, Meetpunt laatste, Meetpunt doel) {
        if (laatste.waarde().compareTo(doel.waarde()) >= 0) {
            return Voortgangsstatus.BEHAALD;
        }
        return opKoers(basis, laatste, doel) ? Voortgangsstatus.OP_KOERS : Voortgangsstatus.ACHTER;
    }

    /**
     * laatste ≥ basis + (doel − basis) × (t − t0) / (t1 − t0), compared after multiplying by (t1 − t0)
     * so no rounding can tip a measurement that lies exactly on the line.
     */
    static boolean opKoers(Meetpunt basis, Meetpunt laatste, Meetpunt doel) {
        int looptijd = doel.jaar() - basis.jaar();
        if (looptijd <= 0) {
            return laatste.waarde().compareTo(doel.waarde()) >= 0;
        }
        int verstreken = Math.min(laatste.jaar(), doel.jaar()) - basis.jaar();
        BigDecimal gehaald = laatste.waarde().subtract(basis.waarde()).multiply(BigDecimal.valueOf(looptijd));
        BigDecimal nodig = doel.waarde().subtract(basis.waarde()).multiply(BigDecimal.valueOf(verstreken));
        return gehaald.compareTo(nodig) >= 0;
    }

    /** The value on the line from basis to doel in the given year (exact; callers round for display). */
    static BigDecimal koerswaarde(Meetpunt basis, Meetpunt doel, int jaar) {
        int looptijd = doel.jaar() - basis.jaar();
        if (looptijd <= 0) {
            return doel.waarde();
        }
        int verstreken = Math.min(jaar, doel.jaar()) - basis.jaar();
        return basis.waarde().add(doel.waarde().subtract(basis.waarde()).multiply(BigDecimal.valueOf(verstreken))
                .divide(BigDecimal.valueOf(looptijd), MathContext.DECIMAL64));
    }

    private static String toelichting(Meetpunt basis, Meetpunt laatste, Meetpunt doel, BigDecimal koers,
            Voortgangsstatus status) {
        String meting = "Laatste meting " + laatste.waarde() + " (" + laatste.jaar() + ")";
        return switch (status) {
            case BEHAALD -> meting + " haalt het doel " + doel.waarde() + " voor " + doel.jaar() + ".";
            case OP_KOERS -> meting + " ligt op of boven de koers " + koers.setScale(1, RoundingMode.HALF_UP)
                    + " van de rechte lijn van " + basis.waarde() + " (" + basis.jaar() + ") naar " + doel.waarde()
                    + " (" + doel.jaar() + ").";
            case ACHTER -> meting + " ligt onder de koers " + koers.setScale(1, RoundingMode.HALF_UP)
                    + " van de rechte lijn van " + basis.waarde() + " (" + basis.jaar() + ") naar " + doel.waarde()
                    + " (" + doel.jaar() + ").";
            case GEEN_METING -> "Nog geen meting.";
        };
    }
}
