package nl.participatiesuite.registry.gemeente;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.participatiesuite.apirules.security.Beller;
import jakarta.transaction.Transactional;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.ProblemException;

@ApplicationScoped
public class GemeenteService {

    @Inject
    Beller beller;

    @Transactional
    public Gemeente create(GemeenteRequest request) {
        beller.controleerSchrijven(request.code());
        if (Gemeente.findById(request.code()) != null) {
            throw ProblemException.conflict("gemeente-bestaat", "Gemeente " + request.code() + " is al geregistreerd.");
        }
        Gemeente gemeente = new Gemeente();
        GemeenteMapper.apply(request, gemeente);
        gemeente.persistAndFlush();
        return gemeente;
    }

    @Transactional
    public Gemeente update(String code, GemeenteWijziging wijziging, String ifMatch) {
        Gemeente gemeente = Gemeenten.existing(code);
        beller.controleerSchrijven(gemeente.code);
        Preconditions.requireMatch(ifMatch, gemeente.versie);
        GemeenteMapper.apply(wijziging, gemeente);
        gemeente.flush();
        return gemeente;
    }

    public Gemeente get(String code) {
        Gemeente gemeente = Gemeenten.existing(code);
        beller.controleerLezen(gemeente.code);
        return gemeente;
    }

    /** Only the caller's own gemeente: a raadpleger reads the data of the own gemeente (domain.md §4). */
    public Page<Gemeente> list(String q, PageRequest page) {
        String eigen = beller.eigenGemeente(null);
        String zoekterm = Tekst.normaliseer(q);
        String patroon = zoekterm == null ? "%" : "%" + zoekterm.toLowerCase() + "%";
        return Paging.page(Gemeente.<Gemeente>find("code = ?1 and lower(naam) like ?2", Sort.by("naam").and("code"), eigen, patroon),
                Gemeente.find("code = ?1 and lower(naam) like ?2", eigen, patroon), page);
    }
}
