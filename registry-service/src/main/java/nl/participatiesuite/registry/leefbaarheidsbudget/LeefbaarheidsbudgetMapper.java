package nl.participatiesuite.registry.leefbaarheidsbudget;

/** Request → leefbaarheidsbudget. Gemeente, jaar and kern are set once: what the budget is for. */
final class LeefbaarheidsbudgetMapper {

    private LeefbaarheidsbudgetMapper() {
    }

    static void apply(LeefbaarheidsbudgetRequest request, Leefbaarheidsbudget budget) {
        budget.gemeente = request.gemeente();
        budget.jaar = request.jaar();
        budget.kernId = request.kernId();
        budget.totaalbedrag = request.totaalbedrag();
        budget.beslismodus = Beslismodus.valueOf(request.beslismodus());
    }

    static void apply(LeefbaarheidsbudgetWijziging wijziging, Leefbaarheidsbudget budget) {
        budget.totaalbedrag = wijziging.totaalbedrag();
        budget.beslismodus = Beslismodus.valueOf(wijziging.beslismodus());
    }
}
