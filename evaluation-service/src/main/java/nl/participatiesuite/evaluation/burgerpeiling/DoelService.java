package nl.participatiesuite.evaluation.burgerpeiling;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.evaluation.api.Versioned;
import nl.participatiesuite.evaluation.regels.Meetwaarden;

/** The targets of a stelling, one per year. */
@ApplicationScoped
public class DoelService {

    @Transactional
    public Versioned<DoelResponse> create(UUID stellingId, DoelRequest request) {
        Stelling stelling = Stellingen.existing(stellingId);
        Stellingen.geldig(Meetwaarden.controleer(stelling.eenheid, request.jaar(), request.waarde(), null));
        Doel doel = new Doel();
        doel.stellingId = stellingId;
        apply(doel, request);
        doel.persistAndFlush();
        return new Versioned<>(DoelResponse.of(doel), doel.versie);
    }

    @Transactional
    public Versioned<DoelResponse> update(UUID stellingId, UUID id, DoelRequest request, String ifMatch) {
        Stelling stelling = Stellingen.existing(stellingId);
        Doel doel = existing(stellingId, id);
        Stellingen.geldig(Meetwaarden.controleer(stelling.eenheid, request.jaar(), request.waarde(), null));
        Preconditions.requireMatch(ifMatch, doel.versie);
        apply(doel, request);
        doel.flush();
        return new Versioned<>(DoelResponse.of(doel), doel.versie);
    }

    @Transactional
    public void delete(UUID stellingId, UUID id, String ifMatch) {
        Stellingen.existing(stellingId);
        Doel doel = existing(stellingId, id);
        Preconditions.requireMatch(ifMatch, doel.versie);
        doel.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        doel.flush();
    }

    public Page<DoelResponse> list(UUID stellingId, PageRequest page) {
        Stellingen.existing(stellingId);
        PanacheQuery<Doel> query = Doel.find("stellingId", Sort.by("jaar").and("id"), stellingId);
        List<DoelResponse> items = query.range(page.offset(), page.offset() + page.pageSize - 1).list().stream()
                .map(DoelResponse::of).toList();
        return Page.of(items, page, Paging.count(query, page, items.size()));
    }

    private static Doel existing(UUID stellingId, UUID id) {
        Doel doel = Doel.findById(id);
        return Stellingen.vanStelling(doel, doel == null ? null : doel.stellingId, stellingId, "Doel", id);
    }

    private static void apply(Doel doel, DoelRequest request) {
        if (Doel.count("stellingId = ?1 and jaar = ?2 and id <> ?3", doel.stellingId, request.jaar(), doel.id) > 0) {
            throw ProblemException.conflict("doel-bestaat",
                    "Deze stelling heeft al een doel voor " + request.jaar() + "; wijzig dat.");
        }
        doel.jaar = request.jaar();
        doel.waarde = request.waarde().setScale(1);
    }
}
