package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.registry.regels.BudgetRuimte;

/** Looks up budgets and what has been granted from them. */
final class Leefbaarheidsbudgetten {

    private Leefbaarheidsbudgetten() {
    }

    static Leefbaarheidsbudget existing(UUID id) {
        Leefbaarheidsbudget budget = Leefbaarheidsbudget.findById(id);
        if (budget == null) {
            throw ProblemException.notFound("Leefbaarheidsbudget", id);
        }
        return budget;
    }

    /**
     * SELECT ... FOR UPDATE on the budget row: every grant and every change of the total takes this
     * lock first, so they run one after the other and each sees the grants committed before it.
     */
    static Leefbaarheidsbudget lockedForUpdate(UUID id) {
        Leefbaarheidsbudget budget = Leefbaarheidsbudget.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (budget == null) {
            throw ProblemException.notFound("Leefbaarheidsbudget", id);
        }
        return budget;
    }

    static Budgetstand stand(Leefbaarheidsbudget budget) {
        BigDecimal toegekend = Leefbaarheidsaanvraag.getEntityManager().createQuery(
                        "select coalesce(sum(a.toegekendBedrag), 0) from Leefbaarheidsaanvraag a"
                                + " where a.budgetId = :budget and a.status = :toegekend", BigDecimal.class)
                .setParameter("budget", budget.id)
                .setParameter("toegekend", AanvraagStatus.TOEGEKEND)
                .getSingleResult();
        return new Budgetstand(budget, new BudgetRuimte(budget.totaalbedrag, toegekend));
    }

    /** The standing of a page of budgets in one query instead of one per budget. */
    static Page<Budgetstand> standen(Page<Leefbaarheidsbudget> budgets) {
        Map<UUID, BigDecimal> toegekend = new HashMap<>();
        if (!budgets.items().isEmpty()) {
            Leefbaarheidsaanvraag.getEntityManager().createQuery(
                            "select a.budgetId, sum(a.toegekendBedrag) from Leefbaarheidsaanvraag a"
                                    + " where a.budgetId in :budgets and a.status = :toegekend group by a.budgetId",
                            Object[].class)
                    .setParameter("budgets", budgets.items().stream().map(b -> b.id).toList())
                    .setParameter("toegekend", AanvraagStatus.TOEGEKEND)
                    .getResultList()
                    .forEach(row -> toegekend.put((UUID) row[0], (BigDecimal) row[1]));
        }
        return budgets.map(b -> new Budgetstand(b, new BudgetRuimte(b.totaalbedrag, toegekend.get(b.id))));
    }
}
