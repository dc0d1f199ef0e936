package nl.participatiesuite.registry.kernambtenaar;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.registry.gemeente.Gemeente;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kern.Kernen;

@ApplicationScoped
public class KernambtenaarService {

    @Transactional
    public Kernambtenaar create(KernambtenaarRequest request) {
        Kernambtenaar kernambtenaar = new Kernambtenaar();
        kernambtenaar.gemeente = request.gemeente();
        apply(kernambtenaar, request, new ArrayList<>());
        kernambtenaar.persistAndFlush();
        return kernambtenaar;
    }

    @Transactional
    public Kernambtenaar update(UUID id, KernambtenaarRequest request, String ifMatch) {
        Kernambtenaar kernambtenaar = Kernambtenaren.existing(id);
        Preconditions.requireMatch(ifMatch, kernambtenaar.versie);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (!kernambtenaar.gemeente.equals(request.gemeente())) {
            problems.add(new Problem.InvalidParam("gemeente", InvalidParamCode.IMMUTABLE,
                    "Een kernambtenaar gaat niet over naar een andere gemeente; registreer een nieuwe."));
        }
        apply(kernambtenaar, request, problems);
        kernambtenaar.flush();
        return kernambtenaar;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Kernambtenaar kernambtenaar = Kernambtenaren.existing(id);
        Preconditions.requireMatch(ifMatch, kernambtenaar.versie);
        if (isVasteContactpersoon(id)) {
            throw ProblemException.conflict("kernambtenaar-in-gebruik",
                    "Deze kernambtenaar is nog vaste contactpersoon van een of meer initiatieven; draag die eerst over.");
        }
        kernambtenaar.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        kernambtenaar.flush();
    }

    /** Ordered on gemeente, naam and id (index kernambtenaar_lijst_idx); kern uses kernambtenaar_kern_kern_idx. */
    public Page<Kernambtenaar> list(String gemeente, UUID kern, String q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (gemeente != null) {
            where.add("a.gemeente = :gemeente");
            params.and("gemeente", gemeente);
        }
        if (kern != null) {
            where.add("exists (select 1 from Kernambtenaar b join b.kernen k where b.id = a.id and k.id = :kern)");
            params.and("kern", kern);
        }
        if (q != null && !q.isBlank()) {
            where.add("lower(a.naam) like :q");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        String hql = "from Kernambtenaar a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<Kernambtenaar> query = Kernambtenaar.find(hql, Sort.by("gemeente").and("naam").and("id"), params);
        return Paging.page(query, Kernambtenaar.find(hql, params), page);
    }

    /** Checks every reference and reports all bad ones together with the problems found so far. */
    private void apply(Kernambtenaar kernambtenaar, KernambtenaarRequest request, List<Problem.InvalidParam> problems) {
        if (Gemeente.findById(request.gemeente()) == null) {
            problems.add(new Problem.InvalidParam("gemeente", InvalidParamCode.UNKNOWN,
                    "Gemeente " + request.gemeente() + " is niet geregistreerd."));
        }
        Set<Kern> kernen = Kernen.referenced("kernIds", request.kernIds(), request.gemeente(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        kernambtenaar.naam = request.naam().strip();
        kernambtenaar.email = request.email().strip();
        kernambtenaar.telefoon = request.telefoon() == null || request.telefoon().isBlank() ? null : request.telefoon().strip();
        kernambtenaar.kernen.clear();
        kernambtenaar.kernen.addAll(kernen);
    }

    private boolean isVasteContactpersoon(UUID id) {
        Object count = Kernambtenaar.getEntityManager()
                .createNativeQuery("select count(*) from initiatief where contactpersoon_kernambtenaar_id = :id")
                .setParameter("id", id).getSingleResult();
        return ((Number) count).longValue() > 0;
    }
}
