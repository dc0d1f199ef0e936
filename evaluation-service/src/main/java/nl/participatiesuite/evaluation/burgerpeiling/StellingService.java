package nl.participatiesuite.evaluation.burgerpeiling;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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
import nl.participatiesuite.evaluation.api.Versioned;
import nl.participatiesuite.evaluation.regels.Eenheid;

@ApplicationScoped
public class StellingService {

    @Transactional
    public Versioned<StellingResponse> create(StellingRequest request) {
        Stelling stelling = new Stelling();
        stelling.gemeente = request.gemeente();
        stelling.eenheid = Eenheid.valueOf(request.eenheid());
        apply(stelling, request);
        stelling.persistAndFlush();
        return new Versioned<>(StellingResponse.of(stelling), stelling.versie);
    }

    @Transactional
    public Versioned<StellingResponse> update(UUID id, StellingRequest request, String ifMatch) {
        Stelling stelling = Stellingen.existing(id);
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
        apply(stelling, request);
        stelling.flush();
        return new Versioned<>(StellingResponse.of(stelling), stelling.versie);
    }

    public Versioned<StellingResponse> get(UUID id) {
        Stelling stelling = Stellingen.existing(id);
        return new Versioned<>(StellingResponse.of(stelling), stelling.versie);
    }

    public Page<StellingResponse> list(String gemeente, PageRequest page) {
        PanacheQuery<Stelling> query = gemeente == null
                ? Stelling.findAll(Sort.by("gemeente").and("nummer").and("id"))
                : Stelling.find("gemeente = :gemeente", Sort.by("gemeente").and("nummer").and("id"),
                        Parameters.with("gemeente", gemeente));
        List<StellingResponse> items = query.range(page.offset(), page.offset() + page.pageSize - 1).list().stream()
                .map(StellingResponse::of).toList();
        return Page.of(items, page, Paging.count(query, page, items.size()));
    }

    private static void apply(Stelling stelling, StellingRequest request) {
        boolean taken = Stelling.count("gemeente = ?1 and nummer = ?2 and id <> ?3",
                stelling.gemeente, request.nummer(), stelling.id) > 0;
        if (taken) {
            throw ProblemException.conflict("stelling-bestaat",
                    "Gemeente " + stelling.gemeente + " heeft al een stelling met nummer " + request.nummer() + ".");
        }
        stelling.nummer = request.nummer();
        stelling.tekst = request.tekst().strip();
    }
}
