package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
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
        if (aanvraag == null) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.UNKNOWN, "Leefbaarheidsaanvraag " + id + " bestaat niet."));
            return;
        }
        Leefbaarheidsbudget budget = Leefbaarheidsbudget.findById(aanvraag.budgetId);
        if (gemeente != null && !gemeente.equals(budget.gemeente)) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.OTHER_GEMEENTE,
                    "Leefbaarheidsaanvraag " + id + " hoort niet bij gemeente " + gemeente + "."));
        }
    }
}
