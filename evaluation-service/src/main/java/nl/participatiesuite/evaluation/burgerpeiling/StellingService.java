package nl.participatiesuite.evaluation.burgerpeiling;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.evaluation.regels.Eenheid;

/** The burgerpeiling is public to read (domain.md §4); only a beheerder of its own gemeente writes it. */
@ApplicationScoped
public class StellingService {

    private static final Sort OP_GEMEENTE_EN_NUMMER = Sort.by("gemeente").and("nummer").and("id");

    @Inject
    Beller beller;

    @Transactional
    public Stelling create(StellingRequest request) {
        beller.controleerSchrijven(request.gemeente());
        Stelling stelling = new Stelling();
        vrijNummer(request.gemeente(), request.nummer(), stelling.id);
        StellingMapper.apply(request, stelling);
        stelling.persistAndFlush();
        return stelling;
    }

    @Transactional
    public Stelling update(UUID id, StellingRequest request, String ifMatch) {
        Stelling stelling = Stellingen.existing(id);
        beller.controleerSchrijven(stelling.gemeente);
        Preconditions.requireMatch(ifMatch, stelling.versie);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (!stelling.gemeente.equals(request.gemeente())) {
            problems.add(new Problem.InvalidParam("gemeente", InvalidParamCode.IMMUTABLE,
                    "Een stelling hoort bij de peiling van één gemeente."));
        }
        if (stelling.eenheid != Eenheid.valueOf(request.eenheid())) {
            problems.add(new Problem.InvalidParam("eenheid", InvalidParamCode.IMMUTABLE,
                    "De eenheid ligt vast: de metingen en doelen zijn erin uitgedrukt."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        vrijNummer(stelling.gemeente, request.nummer(), stelling.id);
        StellingMapper.apply(request, stelling);
        stelling.flush();
        return stelling;
    }

    public Stelling get(UUID id) {
        return Stellingen.existing(id);
    }

    public Page<Stelling> list(String gemeente, PageRequest page) {
        PanacheQuery<Stelling> query = gemeente == null
                ? Stelling.findAll(OP_GEMEENTE_EN_NUMMER)
                : Stelling.find("gemeente", OP_GEMEENTE_EN_NUMMER, gemeente);
        return Paging.page(query, page);
    }

    /** Checked before the entity changes, so the query's auto-flush never writes the duplicate number. */
    private static void vrijNummer(String gemeente, int nummer, UUID id) {
        if (Stelling.count("gemeente = ?1 and nummer = ?2 and id <> ?3", gemeente, nummer, id) > 0) {
            throw ProblemException.conflict("stelling-bestaat",
                    "Gemeente " + gemeente + " heeft al een stelling met nummer " + nummer + ".");
        }
    }
}
