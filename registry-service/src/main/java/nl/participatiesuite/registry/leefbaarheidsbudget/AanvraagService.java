package nl.participatiesuite.registry.leefbaarheidsbudget;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.registry.common.Euro;
import nl.participatiesuite.registry.initiatief.Initiatieven;
import nl.participatiesuite.registry.regels.BudgetRuimte;

/**
 * Aanvragen on a leefbaarheidsbudget and the decisions on them. An aanvraag names no gemeente itself: every answer
 * is said to belong to the budget's gemeente, so its aanvrager (personal data) is shown to callers of that gemeente.
 */
@ApplicationScoped
public class AanvraagService {

    @Inject
    Klok klok;

    @Inject
    Beller beller;

    @Transactional
    public Leefbaarheidsaanvraag create(UUID budgetId, AanvraagRequest request) {
        Leefbaarheidsbudget budget = Leefbaarheidsbudgetten.existing(budgetId);
        beller.controleerSchrijven(budget.gemeente);
        beller.antwoordHoortBij(budget.gemeente);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        Initiatieven.referenced("initiatiefId", request.initiatiefId(), budget.gemeente, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Leefbaarheidsaanvraag aanvraag = new Leefbaarheidsaanvraag();
        aanvraag.budgetId = budget.id;
        aanvraag.budget = budget;
        AanvraagMapper.apply(request, aanvraag);
        aanvraag.status = AanvraagStatus.INGEDIEND;
        aanvraag.persistAndFlush();
        return aanvraag;
    }

    /**
     * Rule "granted total may never exceed the budget, also under concurrent grants": the budget row
     * is locked before the granted total is read, so a concurrent grant waits for this one to commit
     * and then counts it.
     */
    @Transactional
    public Leefbaarheidsaanvraag besluit(UUID budgetId, UUID aanvraagId, BesluitRequest besluit) {
        Leefbaarheidsbudget budget = Leefbaarheidsbudgetten.lockedForUpdate(budgetId);
        beller.controleerSchrijven(budget.gemeente);
        beller.antwoordHoortBij(budget.gemeente);
        Leefbaarheidsaanvraag aanvraag = Leefbaarheidsaanvragen.existing(budget, aanvraagId);
        BigDecimal bedrag = besluit.toeTeKennen(aanvraag.gevraagdBedrag);
        if (besluit.kentToe() && bedrag.compareTo(aanvraag.gevraagdBedrag) > 0) {
            throw ProblemException.invalid("bedrag", InvalidParamCode.MAX,
                    "bedrag is niet meer dan het gevraagde bedrag (" + Euro.format(aanvraag.gevraagdBedrag) + ").");
        }
        if (aanvraag.isBesloten()) {
            throw ProblemException.conflict("aanvraag-al-besloten",
                    "Over deze aanvraag is al besloten: " + aanvraag.status + ".");
        }
        if (besluit.kentToe()) {
            BudgetRuimte ruimte = Leefbaarheidsbudgetten.stand(budget).ruimte();
            if (!ruimte.past(bedrag)) {
                throw ProblemException.conflict("budget-overschreden", "Toekennen van " + Euro.format(bedrag)
                        + " overschrijdt het leefbaarheidsbudget van " + Euro.format(ruimte.totaal())
                        + ": beschikbaar is nog " + Euro.format(ruimte.beschikbaar()) + ".");
            }
        }
        AanvraagMapper.apply(besluit, aanvraag);
        aanvraag.beslotenOp = klok.nu();
        aanvraag.flush();
        return aanvraag;
    }

    public Leefbaarheidsaanvraag get(UUID budgetId, UUID aanvraagId) {
        return Leefbaarheidsaanvragen.existing(gelezen(budgetId), aanvraagId);
    }

    /** AVG art. 17: the aanvrager becomes the marker; the aanvraag, its besluit and the audit trail stay. */
    @Transactional
    public Leefbaarheidsaanvraag wissen(UUID budgetId, UUID aanvraagId) {
        Leefbaarheidsbudget budget = Leefbaarheidsbudgetten.existing(budgetId);
        beller.controleerSchrijven(budget.gemeente);
        beller.antwoordHoortBij(budget.gemeente);
        Leefbaarheidsaanvraag aanvraag = Leefbaarheidsaanvragen.existing(budget, aanvraagId);
        aanvraag.aanvrager = Gewist.NAAM;
        aanvraag.flush();
        return aanvraag;
    }

    public Page<Leefbaarheidsaanvraag> list(UUID budgetId, String status, PageRequest page) {
        gelezen(budgetId);
        Parameters params = Parameters.with("budget", budgetId);
        String hql = "budgetId = :budget";
        if (status != null) {
            hql += " and status = :status";
            params.and("status", AanvraagStatus.valueOf(status));
        }
        PanacheQuery<Leefbaarheidsaanvraag> query = Leefbaarheidsaanvraag.find(hql,
                Sort.by("aangemaaktOp").and("id"), params);
        return Paging.page(query, page);
    }

    /** The budget of a read: only for callers of its gemeente, who then see the aanvragers. */
    private Leefbaarheidsbudget gelezen(UUID budgetId) {
        Leefbaarheidsbudget budget = Leefbaarheidsbudgetten.existing(budgetId);
        beller.controleerLezen(budget.gemeente);
        beller.antwoordHoortBij(budget.gemeente);
        return budget;
    }
}
