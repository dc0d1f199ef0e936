package nl.participatiesuite.registry.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What is left of an amount that grants are taken from: a leefbaarheidsbudget ("granted total may
 * never exceed the budget") or the jaarplafond of incidentele ondersteuning ("at most € 5.000 per
 * gemeente per calendar year"). A grant that lands exactly on the limit fits; one cent more does not.
 */
public record BudgetRuimte(BigDecimal totaal, BigDecimal toegekend) {

    public BudgetRuimte {
        totaal = euros(totaal);
        toegekend = euros(toegekend);
    }

    /** Never negative: when a limit was lowered below what had been granted, nothing is left. */
    public BigDecimal beschikbaar() {
        return totaal.subtract(toegekend).max(BigDecimal.ZERO.setScale(2));
    }

    public boolean past(BigDecimal bedrag) {
        return toegekend.add(bedrag).compareTo(totaal) <= 0;
    }

    /** A budget may be lowered, but not below what has been granted from it already. */
    public boolean kanVerlagenTot(BigDecimal nieuwTotaal) {
        return nieuwTotaal.compareTo(toegekend) >= 0;
    }

    private static BigDecimal euros(BigDecimal bedrag) {
        return (bedrag == null ? BigDecimal.ZERO : bedrag).setScale(2, RoundingMode.UNNECESSARY);
    }
}
