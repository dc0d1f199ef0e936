package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.common.Contactgegevens;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kern.Kernen;
import nl.participatiesuite.registry.regels.ConvenantStatus;

@ApplicationScoped
public class DorpsbelangenorganisatieService {

    @Inject
    Klok klok;

    @Inject
    Beller beller;

    @Transactional
    public Organisatiestand create(DorpsbelangenorganisatieRequest request) {
        beller.controleerSchrijven(request.gemeente());
        Set<Kern> kernen = Kernen.referencedInGemeente(request.gemeente(), request.kernIds(), new ArrayList<>());
        Dorpsbelangenorganisatie organisatie = new Dorpsbelangenorganisatie();
        DorpsbelangenorganisatieMapper.apply(request, organisatie, kernen);
        organisatie.persistAndFlush();
        return stand(organisatie, klok.vandaag());
    }

    @Transactional
    public Organisatiestand update(UUID id, DorpsbelangenorganisatieRequest request, String ifMatch) {
        Dorpsbelangenorganisatie organisatie = Dorpsbelangenorganisaties.existing(id);
        beller.controleerSchrijven(organisatie.gemeente);
        Preconditions.requireMatch(ifMatch, organisatie.versie);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (!organisatie.gemeente.equals(request.gemeente())) {
            problems.add(new Problem.InvalidParam("gemeente", InvalidParamCode.IMMUTABLE,
                    "Een dorpsbelangenorganisatie verhuist niet naar een andere gemeente."));
        }
        Set<Kern> kernen = Kernen.referencedInGemeente(request.gemeente(), request.kernIds(), problems);
        DorpsbelangenorganisatieMapper.apply(request, organisatie, kernen);
        organisatie.flush();
        return stand(organisatie, klok.vandaag());
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Dorpsbelangenorganisatie organisatie = Dorpsbelangenorganisaties.existing(id);
        beller.controleerSchrijven(organisatie.gemeente);
        Preconditions.requireMatch(ifMatch, organisatie.versie);
        organisatie.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        organisatie.flush();
    }

    /** Public (domain.md §4): anyone reads an organisatie; its contactpersoon only the own gemeente (the response). */
    public Organisatiestand get(UUID id) {
        return stand(Dorpsbelangenorganisaties.existing(id), klok.vandaag());
    }

    /** AVG art. 17: the contactpersoon becomes the marker; the organisatie, its kernen and its audit trail stay. */
    @Transactional
    public Organisatiestand wissen(UUID id) {
        Dorpsbelangenorganisatie organisatie = Dorpsbelangenorganisaties.existing(id);
        beller.controleerSchrijven(organisatie.gemeente);
        Contactgegevens gewist = Contactgegevens.gewist(organisatie.contactpersoon);
        if (gewist != organisatie.contactpersoon) {
            organisatie.contactpersoon = gewist;
        }
        organisatie.flush();
        // The answer lists the kernen: read them while the transaction is open.
        organisatie.kernen.size();
        return stand(organisatie, klok.vandaag());
    }

    /** Public, also for another gemeente. Ordered on gemeente, naam and id (dorpsbelangenorganisatie_lijst_idx); kern uses the _kern_kern_idx. */
    public Page<Organisatiestand> list(String gemeente, UUID kern, String q, PageRequest page) {
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
        String zoekterm = Tekst.normaliseer(q);
        if (zoekterm != null) {
            where.add("lower(o.naam) like :q");
            params.and("q", "%" + zoekterm.toLowerCase() + "%");
        }
        String hql = "from Dorpsbelangenorganisatie o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<Dorpsbelangenorganisatie> query = Dorpsbelangenorganisatie.find(hql,
                Sort.by("gemeente").and("naam").and("id"), params);
        LocalDate vandaag = klok.vandaag();
        return Paging.page(query, Dorpsbelangenorganisatie.find(hql, params), page)
                .map(organisatie -> stand(organisatie, vandaag));
    }

    /** Every organisatie of one answer is judged against the same today. */
    private static Organisatiestand stand(Dorpsbelangenorganisatie organisatie, LocalDate vandaag) {
        return new Organisatiestand(organisatie, ConvenantStatus.op(organisatie.convenantGetekendOp,
                organisatie.convenantEvaluatieUiterlijk, vandaag));
    }
}
