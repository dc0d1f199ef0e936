package nl.participatiesuite.registry.dorpsbelangenorganisatie;

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
import nl.participatiesuite.registry.common.Contactpersoon;
import nl.participatiesuite.registry.gemeente.Gemeente;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kern.Kernen;

@ApplicationScoped
public class DorpsbelangenorganisatieService {

    @Transactional
    public Dorpsbelangenorganisatie create(DorpsbelangenorganisatieRequest request) {
        Dorpsbelangenorganisatie organisatie = new Dorpsbelangenorganisatie();
        organisatie.gemeente = request.gemeente();
        apply(organisatie, request, new ArrayList<>());
        organisatie.persistAndFlush();
        return organisatie;
    }

    @Transactional
    public Dorpsbelangenorganisatie update(UUID id, DorpsbelangenorganisatieRequest request, String ifMatch) {
        Dorpsbelangenorganisatie organisatie = Dorpsbelangenorganisaties.existing(id);
        Preconditions.requireMatch(ifMatch, organisatie.versie);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (!organisatie.gemeente.equals(request.gemeente())) {
            problems.add(new Problem.InvalidParam("gemeente", InvalidParamCode.IMMUTABLE,
                    "Een dorpsbelangenorganisatie verhuist niet naar een andere gemeente."));
        }
        apply(organisatie, request, problems);
        organisatie.flush();
        return organisatie;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Dorpsbelangenorganisatie organisatie = Dorpsbelangenorganisaties.existing(id);
        Preconditions.requireMatch(ifMatch, organisatie.versie);
        organisatie.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        organisatie.flush();
    }

    /** Ordered on gemeente, naam and id (dorpsbelangenorganisatie_lijst_idx); kern uses the _kern_kern_idx. */
    public Page<Dorpsbelangenorganisatie> list(String gemeente, UUID kern, String q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (gemeente != null) {
            where.add("o.gemeente = :gemeente");
            params.and("gemeente", gemeente);
        }
        if (kern != null) {
            where.add("exists (select 1 from Dorpsbelangenorganisatie p join p.kernen k where p.id = o.id and k.id = :kern)");
            params.and("kern", kern);
        }
        if (q != null && !q.isBlank()) {
            where.add("lower(o.naam) like :q");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        String hql = "from Dorpsbelangenorganisatie o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<Dorpsbelangenorganisatie> query = Dorpsbelangenorganisatie.find(hql,
                Sort.by("gemeente").and("naam").and("id"), params);
        return Paging.page(query, Dorpsbelangenorganisatie.find(hql, params), page);
    }

    /** Checks every reference and reports all bad ones together with the problems found so far. */
    private void apply(Dorpsbelangenorganisatie organisatie, DorpsbelangenorganisatieRequest request,
            List<Problem.InvalidParam> problems) {
        if (Gemeente.findById(request.gemeente()) == null) {
            problems.add(new Problem.InvalidParam("gemeente", InvalidParamCode.UNKNOWN,
                    "Gemeente " + request.gemeente() + " is niet geregistreerd."));
        }
        Set<Kern> kernen = Kernen.referenced("kernIds", request.kernIds(), request.gemeente(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        organisatie.naam = request.naam().strip();
        organisatie.rechtsvorm = Rechtsvorm.valueOf(request.rechtsvorm());
        organisatie.convenantGetekendOp = request.convenant() == null ? null : request.convenant().getekendOp();
        organisatie.convenantEvaluatieUiterlijk = request.convenant() == null ? null : request.convenant().evaluatieUiterlijk();
        organisatie.dkkLidmaatschapVergoed = Boolean.TRUE.equals(request.dkkLidmaatschapVergoed());
        organisatie.contactpersoon = Contactpersoon.toGegevens(request.contactpersoon());
        organisatie.kernen.clear();
        organisatie.kernen.addAll(kernen);
    }
}
