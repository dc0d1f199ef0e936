package nl.participatiesuite.registry.leefbaarheidsbudget;

import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up an aanvraag under its budget (404); a reference from an initiatief: AanvraagVerwijzingen. */
final class Leefbaarheidsaanvragen {

    private Leefbaarheidsaanvragen() {
    }

    static Leefbaarheidsaanvraag existing(Leefbaarheidsbudget budget, UUID aanvraagId) {
        Leefbaarheidsaanvraag aanvraag = Leefbaarheidsaanvraag.findById(aanvraagId);
        if (aanvraag == null || !aanvraag.budgetId.equals(budget.id)) {
            throw ProblemException.notFound("Aanvraag", aanvraagId);
        }
        return aanvraag;
    }
}
