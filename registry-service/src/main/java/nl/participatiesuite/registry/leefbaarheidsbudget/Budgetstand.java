package nl.participatiesuite.registry.leefbaarheidsbudget;

import nl.participatiesuite.registry.regels.BudgetRuimte;


/** A budget together with what has been granted from it, read in the same transaction. */
record Budgetstand(Leefbaarheidsbudget budget, BudgetRuimte ruimte) {
}
