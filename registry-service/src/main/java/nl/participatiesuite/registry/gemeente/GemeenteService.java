package nl.participatiesuite.registry.gemeente;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.ProblemException;

@ApplicationScoped
public class GemeenteService {

    @Transactional
    public Gemeente create(GemeenteRequest request) {
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
        Preconditions.requireMatch(ifMatch, gemeente.versie);
        GemeenteMapper.apply(wijziging, gemeente);
        gemeente.flush();
        return gemeente;
    }

    public Gemeente get(String code) {
        return Gemeenten.existing(code);
    }

    public Page<Gemeente> list(String q, PageRequest page) {
        String zoekterm = Tekst.normaliseer(q);
        if (zoekterm == null) {
            return Paging.page(Gemeente.<Gemeente>findAll(Sort.by("naam").and("code")), page);
        }
        String patroon = "%" + zoekterm.toLowerCase() + "%";
        return Paging.page(Gemeente.<Gemeente>find("lower(naam) like ?1", Sort.by("naam").and("code"), patroon),
                Gemeente.find("lower(naam) like ?1", patroon), page);
    }
}
