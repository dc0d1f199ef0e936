package nl.participatiesuite.registry.incidenteleondersteuning;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
import nl.participatiesuite.registry.gemeente.Gemeente;
import nl.participatiesuite.registry.gemeente.Gemeenten;
import nl.participatiesuite.registry.initiatief.Initiatieven;
import nl.participatiesuite.registry.regels.BudgetRuimte;
import nl.participatiesuite.registry.regelset.GeldendeRegelset;
import nl.participatiesuite.registry.regelset.Regelsets;

@ApplicationScoped
public class IncidenteleOndersteuningService {

    @Inject
    Beller beller;

    /**
     * Rule "at most € 5.000 per gemeente per calendar year in total" (the cap of the gemeente's rule set in force on
     * 1 January of that year; € 5.000 by default): the gemeente row is locked
     * before the year's total is read, so concurrent grants for one gemeente are counted one by one.
     */
    @Transactional
    public IncidenteleOndersteuning create(IncidenteleOndersteuningRequest request) {
        beller.controleerSchrijven(request.gemeente());
        // Lock first: reading the (versioned) gemeente unlocked and upgrading the lock later fails when it
        // was renamed in between. An unknown gemeente is reported by checkReferences with the other fields.
        Gemeente.findById(request.gemeente(), LockModeType.PESSIMISTIC_WRITE);
        checkReferences(request);
        Jaarplafond plafond = jaarplafond(request.gemeente(), request.jaar());
        BudgetRuimte ruimte = plafond.ruimte();
        if (!ruimte.past(request.bedrag())) {
            throw ProblemException.conflict("plafond-overschreden", "Incidentele ondersteuning van "
                    + Euro.format(request.bedrag()) + " overschrijdt het jaarplafond van " + Euro.format(ruimte.totaal())
                    + " voor gemeente " + request.gemeente() + " in " + request.jaar() + " (regelset " + plafond.regelsetVersie()
                    + "): al toegekend " + Euro.format(ruimte.toegekend()) + ", beschikbaar nog "
                    + Euro.format(ruimte.beschikbaar()) + ".");
        }
        IncidenteleOndersteuning ondersteuning = new IncidenteleOndersteuning();
        IncidenteleOndersteuningMapper.apply(request, ondersteuning);
        ondersteuning.persistAndFlush();
        return ondersteuning;
    }

    /** Removing a grant (a correction) only frees room under the cap, so it needs no lock on the gemeente. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        IncidenteleOndersteuning ondersteuning = existing(id);
        beller.controleerSchrijven(ondersteuning.gemeente);
        Preconditions.requireMatch(ifMatch, ondersteuning.versie);
        ondersteuning.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        ondersteuning.flush();
    }

    public IncidenteleOndersteuning get(UUID id) {
        IncidenteleOndersteuning ondersteuning = existing(id);
        beller.controleerLezen(ondersteuning.gemeente);
        return ondersteuning;
    }

    /** The grants of the caller's own gemeente only. */
    public Page<IncidenteleOndersteuning> list(String gemeente, Integer jaar, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        where.add("gemeente = :gemeente");
        params.and("gemeente", beller.eigenGemeente(gemeente));
        if (jaar != null) {
            where.add("jaar = :jaar");
            params.and("jaar", jaar);
        }
        String hql = "from IncidenteleOndersteuning where " + String.join(" and ", where);
        PanacheQuery<IncidenteleOndersteuning> query = IncidenteleOndersteuning.find(hql,
                Sort.by("gemeente").and("jaar").and("aangemaaktOp").and("id"), params);
        return Paging.page(query, page);
    }

    /** The cap of a year with what has been granted under it, and the rule set (in force on 1 January) it comes from. */
    public record Jaarplafond(BudgetRuimte ruimte, String regelsetVersie) {
    }

    public Jaarplafond jaaroverzicht(String gemeente, int jaar) {
        beller.controleerLezen(gemeente);
        Gemeenten.existing(gemeente);
        return jaarplafond(gemeente, jaar);
    }

    private static Jaarplafond jaarplafond(String gemeente, int jaar) {
        BigDecimal toegekend = IncidenteleOndersteuning.getEntityManager().createQuery(
                        "select coalesce(sum(o.bedrag), 0) from IncidenteleOndersteuning o"
                                + " where o.gemeente = :gemeente and o.jaar = :jaar", BigDecimal.class)
                .setParameter("gemeente", gemeente)
                .setParameter("jaar", jaar)
                .getSingleResult();
        GeldendeRegelset regelset = Regelsets.vanJaar(gemeente, jaar);
        return new Jaarplafond(new BudgetRuimte(regelset.regels().incidenteleOndersteuningJaarplafond(), toegekend),
                regelset.label());
    }

    private static void checkReferences(IncidenteleOndersteuningRequest request) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        boolean gemeenteBekend = Gemeenten.referenced("gemeente", request.gemeente(), problems);
        Initiatieven.referenced("initiatiefId", request.initiatiefId(), gemeenteBekend ? request.gemeente() : null, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static IncidenteleOndersteuning existing(UUID id) {
        IncidenteleOndersteuning ondersteuning = IncidenteleOndersteuning.findById(id);
        if (ondersteuning == null) {
            throw ProblemException.notFound("Incidentele ondersteuning", id);
        }
        return ondersteuning;
    }
}
