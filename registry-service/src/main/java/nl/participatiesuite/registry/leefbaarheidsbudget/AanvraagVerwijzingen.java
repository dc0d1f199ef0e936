package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.registry.common.Verwijzing;
import nl.participatiesuite.registry.initiatief.LeefbaarheidsaanvraagVerwijzing;

/** Checks, for an initiatief, the aanvraag it names: one on a budget of the initiatief's gemeente. */
@ApplicationScoped
class AanvraagVerwijzingen implements LeefbaarheidsaanvraagVerwijzing {

    @Override
    public void referenced(String field, UUID id, String gemeente, List<Problem.InvalidParam> problems) {
        if (id == null) {
            return;
        }
        Leefbaarheidsaanvraag aanvraag = Leefbaarheidsaanvraag.findById(id);
        Leefbaarheidsbudget budget = aanvraag == null ? null : Leefbaarheidsbudget.findById(aanvraag.budgetId);
        Verwijzing.controleer(field, "Leefbaarheidsaanvraag", id, budget == null ? null : budget.gemeente, gemeente, problems);
    }
}
