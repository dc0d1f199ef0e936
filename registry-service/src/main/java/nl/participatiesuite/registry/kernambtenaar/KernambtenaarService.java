package nl.participatiesuite.registry.kernambtenaar;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kern.Kernen;

@ApplicationScoped
public class KernambtenaarService {

    @Inject
    Beller beller;

    @Transactional
    public Kernambtenaar create(KernambtenaarRequest request) {
        beller.controleerSchrijven(request.gemeente());
        Set<Kern> kernen = Kernen.referencedInGemeente(request.gemeente(), request.kernIds(), new ArrayList<>());
        Kernambtenaar kernambtenaar = new Kernambtenaar();
        KernambtenaarMapper.apply(request, kernambtenaar, kernen);
        kernambtenaar.persistAndFlush();
        return kernambtenaar;
    }

    @Transactional
    public Kernambtenaar update(UUID id, KernambtenaarRequest request, String ifMatch) {
        Kernambtenaar kernambtenaar = Kernambtenaren.existing(id);
        beller.controleerSchrijven(kernambtenaar.gemeente);
        Preconditions.requireMatch(ifMatch, kernambtenaar.versie);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (!kernambtenaar.gemeente.equals(request.gemeente())) {
            problems.add(new Problem.InvalidParam("gemeente", InvalidParamCode.IMMUTABLE,
                    "Een kernambtenaar gaat niet over naar een andere gemeente; registreer een nieuwe."));
        }
        Set<Kern> kernen = Kernen.referencedInGemeente(request.gemeente(), request.kernIds(), problems);
        KernambtenaarMapper.apply(request, kernambtenaar, kernen);
        kernambtenaar.flush();
        return kernambtenaar;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Kernambtenaar kernambtenaar = Kernambtenaren.existing(id);
        beller.controleerSchrijven(kernambtenaar.gemeente);
        Preconditions.requireMatch(ifMatch, kernambtenaar.versie);
        if (isVasteContactpersoon(id)) {
            throw ProblemException.conflict("kernambtenaar-in-gebruik",
                    "Deze kernambtenaar is nog vaste contactpersoon van een of meer initiatieven; draag die eerst over.");
        }
        kernambtenaar.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        kernambtenaar.flush();
    }

    public Kernambtenaar get(UUID id) {
        Kernambtenaar kernambtenaar = Kernambtenaren.existing(id);
        beller.controleerLezen(kernambtenaar.gemeente);
        return kernambtenaar;
    }

    /** AVG art. 17: the personal fields become a marker; the record, its kernen and its audit trail stay. */
    @Transactional
    public Kernambtenaar wissen(UUID id) {
        Kernambtenaar kernambtenaar = Kernambtenaren.existing(id);
        beller.controleerSchrijven(kernambtenaar.gemeente);
        kernambtenaar.naam = Gewist.NAAM;
        kernambtenaar.email = Gewist.EMAIL;
        kernambtenaar.telefoon = null;
        kernambtenaar.flush();
        // The answer lists the kernen: read them while the transaction is open.
        kernambtenaar.kernen.size();
        return kernambtenaar;
    }

    /** Ordered on gemeente, naam and id (index kernambtenaar_lijst_idx); kern uses kernambtenaar_kern_kern_idx. */
    public Page<Kernambtenaar> list(String gemeente, UUID kern, String q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        where.add("a.gemeente = :gemeente");
        params.and("gemeente", beller.eigenGemeente(gemeente));
        if (kern != null) {
            where.add("exists (select 1 from Kernambtenaar b join b.kernen k where b.id = a.id and k.id = :kern)");
            params.and("kern", kern);
        }
        String zoekterm = Tekst.normaliseer(q);
        if (zoekterm != null) {
            where.add("lower(a.naam) like :q");
            params.and("q", "%" + zoekterm.toLowerCase() + "%");
        }
        String hql = "from Kernambtenaar a where " + String.join(" and ", where);
        PanacheQuery<Kernambtenaar> query = Kernambtenaar.find(hql, Sort.by("gemeente").and("naam").and("id"), params);
        return Paging.page(query, Kernambtenaar.find(hql, params), page);
    }

    private boolean isVasteContactpersoon(UUID id) {
        Object count = Kernambtenaar.getEntityManager()
                .createNativeQuery("select count(*) from initiatief where contactpersoon_kernambtenaar_id = :id")
                .setParameter("id", id).getSingleResult();
        return ((Number) count).longValue() > 0;
    }
}
