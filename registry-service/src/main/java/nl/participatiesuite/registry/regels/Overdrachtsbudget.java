package nl.participatiesuite.registry.regels;

import java.math.BigDecimal;

/**
 * The budget an overeenkomst transfers to the indiener (domain.md §5, "Overeenkomst"): never more than the task's
 * current yearly cost, unless the gemeente says why. When that cost is not known, no transfer can be shown to stay
 * within it, so any amount above zero needs the reason too — the safe reading.
 */
public final class Overdrachtsbudget {

    private Overdrachtsbudget() {
    }

    /** Whether this transfer needs a stated reason. */
    public static boolean vereistMotivering(BigDecimal overgedragen, BigDecimal huidigeJaarkosten) {
        if (overgedragen == null || overgedragen.signum() <= 0) {
            return false;
        }
        return huidigeJaarkosten == null || overgedragen.compareTo(huidigeJaarkosten) > 0;
    }
}
