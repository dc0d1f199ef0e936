package nl.participatiesuite.registry.leefbaarheidsbudget;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.common.Euro;
import nl.participatiesuite.registry.common.UniekeSleutel;
import nl.participatiesuite.registry.gemeente.Gemeenten;
import nl.participatiesuite.registry.kern.Kernen;

@ApplicationScoped
public class LeefbaarheidsbudgetService {

    @Inject
    Beller beller;

    @Transactional
    public Budgetstand create(LeefbaarheidsbudgetRequest request) {
        beller.controleerSchrijven(request.gemeente());
        checkReferences(request);
        if (bestaat(request.gemeente(), request.jaar(), request.kernId())) {
            throw alBestaand(request);
        }
        Leefbaarheidsbudget budget = new Leefbaarheidsbudget();
        LeefbaarheidsbudgetMapper.apply(request, budget);
        try {
            budget.persistAndFlush();
        } catch (PersistenceException e) {
            // Two registrations of the same budget at the same moment: the unique index decides.
            if (UniekeSleutel.geschonden(e)) {
                throw alBestaand(request);
            }
            throw e;
        }
        return Leefbaarheidsbudgetten.stand(budget);
    }

    /** Locks the budget like a grant does, so the total is never lowered below a grant made meanwhile. */
    @Transactional
    public Budgetstand update(UUID id, LeefbaarheidsbudgetWijziging wijziging, String ifMatch) {
        Leefbaarheidsbudget budget = Leefbaarheidsbudgetten.lockedForUpdate(id);
        beller.controleerSchrijven(budget.gemeente);
        Preconditions.requireMatch(ifMatch, budget.versie);
        Budgetstand stand = Leefbaarheidsbudgetten.stand(budget);
        if (!stand.ruimte().kanVerlagenTot(wijziging.totaalbedrag())) {
            throw ProblemException.conflict("budget-onder-toegekend",
                    "Het totaalbedrag kan niet lager worden dan wat al is toegekend: "
                            + Euro.format(stand.ruimte().toegekend()) + ".");
        }
        LeefbaarheidsbudgetMapper.apply(wijziging, budget);
        budget.flush();
        return Leefbaarheidsbudgetten.stand(budget);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Leefbaarheidsbudget budget = Leefbaarheidsbudgetten.lockedForUpdate(id);
        beller.controleerSchrijven(budget.gemeente);
        Preconditions.requireMatch(ifMatch, budget.versie);
        if (Leefbaarheidsaanvraag.count("budgetId", id) > 0) {
            throw ProblemException.conflict("budget-heeft-aanvragen",
                    "Er zijn aanvragen op dit leefbaarheidsbudget gedaan; het blijft bewaard als verantwoording.");
        }
        budget.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        budget.flush();
    }

    public Budgetstand get(UUID id) {
        Leefbaarheidsbudget budget = Leefbaarheidsbudgetten.existing(id);
        beller.controleerLezen(budget.gemeente);
        return Leefbaarheidsbudgetten.stand(budget);
    }

    /** The budgets of the caller's own gemeente only. */
    public Page<Budgetstand> list(String gemeente, Integer jaar, UUID kern, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        where.add("gemeente = :gemeente");
        params.and("gemeente", beller.eigenGemeente(gemeente));
        if (jaar != null) {
            where.add("jaar = :jaar");
            params.and("jaar", jaar);
        }
        if (kern != null) {
            where.add("kernId = :kern");
            params.and("kern", kern);
        }
        String hql = "from Leefbaarheidsbudget where " + String.join(" and ", where);
        PanacheQuery<Leefbaarheidsbudget> query = Leefbaarheidsbudget.find(hql,
                Sort.by("gemeente").and("jaar", Sort.Direction.Descending).and("id"), params);
        return Leefbaarheidsbudgetten.standen(Paging.page(query, page));
    }

    private static void checkReferences(LeefbaarheidsbudgetRequest request) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        boolean gemeenteBekend = Gemeenten.referenced("gemeente", request.gemeente(), problems);
        if (request.kernId() != null) {
            Kernen.referenced("kernId", request.kernId(), gemeenteBekend ? request.gemeente() : null, problems);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static boolean bestaat(String gemeente, int jaar, UUID kernId) {
        return kernId == null
                ? Leefbaarheidsbudget.count("gemeente = ?1 and jaar = ?2 and kernId is null", gemeente, jaar) > 0
                : Leefbaarheidsbudget.count("gemeente = ?1 and jaar = ?2 and kernId = ?3", gemeente, jaar, kernId) > 0;
    }

    private static ProblemException alBestaand(LeefbaarheidsbudgetRequest request) {
        String voor = request.kernId() == null ? "de hele gemeente" : "kern " + request.kernId();
        return ProblemException.conflict("budget-bestaat", "Gemeente " + request.gemeente() + " heeft voor "
                + request.jaar() + " al een leefbaarheidsbudget voor " + voor + ".");
    }
}
