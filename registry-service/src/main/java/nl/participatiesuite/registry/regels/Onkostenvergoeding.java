package nl.participatiesuite.registry.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Onkostenvergoeding of a dorpsbelangenorganisatie (domain.md §1): € 375 in base year 2020,
 * corrected yearly for inflation. For year Y: {@code basisbedrag × Π(1 + cpi_t/100)} for
 * t = basisjaar+1..Y, rounded to whole cents (half up) only at the end.
 *
 * <p>The product is exact: each factor has three decimals (the CPI has one), and BigDecimal
 * multiplication without a MathContext never rounds. Rounding every year, or using doubles
 * (375 × 1.027 = 385.12499999999994), would give a different cent.
 */
public final class Onkostenvergoeding {

    private final int basisjaar;
    private final BigDecimal basisbedrag;

    public Onkostenvergoeding(int basisjaar, BigDecimal basisbedrag) {
        this.basisjaar = basisjaar;
        this.basisbedrag = basisbedrag;
    }

    /** A missing year's figure is an explicit error, never a silent 0: it names every missing year. */
    public static final class InflatiecijfersOntbreken extends RuntimeException {

        private final List<Integer> jaren;

        InflatiecijfersOntbreken(List<Integer> jaren) {
            super("Inflatiecijfers ontbreken voor " + jaren, null, false, false);
            this.jaren = List.copyOf(jaren);
        }

        public List<Integer> jaren() {
            return jaren;
        }
    }

    public int basisjaar() {
        return basisjaar;
    }

    public BigDecimal basisbedrag() {
        return basisbedrag;
    }

    /** The years whose CPI the allowance of {@code jaar} needs: basisjaar+1 up to and including jaar. */
    public List<Integer> benodigdeJaren(int jaar) {
        requireNotBeforeBasisjaar(jaar);
        return IntStream.rangeClosed(basisjaar + 1, jaar).boxed().toList();
    }

    /**
     * @param cpiPerJaar the CPI percentage per year (one decimal); years outside the range are ignored
     * @throws InflatiecijfersOntbreken when any needed year has no figure
     * @throws IllegalArgumentException when {@code jaar} lies before the base year
     */
    public BigDecimal voorJaar(int jaar, Map<Integer, BigDecimal> cpiPerJaar) {
        List<Integer> ontbrekend = new ArrayList<>();
        BigDecimal bedrag = basisbedrag;
        for (int t : benodigdeJaren(jaar)) {
            BigDecimal cpi = cpiPerJaar.get(t);
            if (cpi == null) {
                ontbrekend.add(t);
            } else {
                bedrag = bedrag.multiply(BigDecimal.ONE.add(cpi.movePointLeft(2)));
            }
        }
        if (!ontbrekend.isEmpty()) {
            throw new InflatiecijfersOntbreken(ontbrekend);
        }
        return bedrag.setScale(2, RoundingMode.HALF_UP);
    }

    private void requireNotBeforeBasisjaar(int jaar) {
        if (jaar < basisjaar) {
            throw new IllegalArgumentException("Jaar " + jaar + " ligt voor het basisjaar " + basisjaar + ".");
        }
    }
}
