package nl.participatiesuite.registry.leefbaarheidsbudget;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up aanvragen, under their budget (404) or as a reference from another resource (400). */
public final class Leefbaarheidsaanvragen {

    private Leefbaarheidsaanvragen() {
    }

    static Leefbaarheidsaanvraag existing(Leefbaarheidsbudget budget, UUID aanvraagId) {
        Leefbaarheidsaanvraag aanvraag = Leefbaarheidsaanvraag.findById(aanvraagId);
        if (aanvraag == null || !aanvraag.budgetId.equals(budget.id)) {
            throw ProblemException.notFound("Aanvraag", aanvraagId);
        }
        return aanvraag;
    }

    /** An optional reference to an aanvraag on a budget of the given gemeente; a bad one is added to {@code problems}. */
    public static void referenced(String field, UUID id, String gemeente, List<Problem.InvalidParam> problems) {
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
