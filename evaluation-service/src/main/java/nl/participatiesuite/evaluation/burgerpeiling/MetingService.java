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

/** The survey results of a stelling, one per year. */
@ApplicationScoped
public class MetingService {

    @Transactional
    public Versioned<MetingResponse> create(UUID stellingId, MetingRequest request) {
        Stelling stelling = Stellingen.existing(stellingId);
        Stellingen.geldig(Meetwaarden.controleer(stelling.eenheid, request.jaar(), request.waarde(), request.benchmark()));
        Meting meting = new Meting();
        meting.stellingId = stellingId;
        apply(meting, request);
        meting.persistAndFlush();
        return new Versioned<>(MetingResponse.of(meting), meting.versie);
    }

    @Transactional
    public Versioned<MetingResponse> update(UUID stellingId, UUID id, MetingRequest request, String ifMatch) {
        Stelling stelling = Stellingen.existing(stellingId);
        Meting meting = existing(stellingId, id);
        Stellingen.geldig(Meetwaarden.controleer(stelling.eenheid, request.jaar(), request.waarde(), request.benchmark()));
        Preconditions.requireMatch(ifMatch, meting.versie);
        apply(meting, request);
        meting.flush();
        return new Versioned<>(MetingResponse.of(meting), meting.versie);
    }

    @Transactional
    public void delete(UUID stellingId, UUID id, String ifMatch) {
        Stellingen.existing(stellingId);
        Meting meting = existing(stellingId, id);
        Preconditions.requireMatch(ifMatch, meting.versie);
        meting.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        meting.flush();
    }

    public Page<MetingResponse> list(UUID stellingId, PageRequest page) {
        Stellingen.existing(stellingId);
        PanacheQuery<Meting> query = Meting.find("stellingId", Sort.by("jaar").and("id"), stellingId);
        List<MetingResponse> items = query.range(page.offset(), page.offset() + page.pageSize - 1).list().stream()
                .map(MetingResponse::of).toList();
        return Page.of(items, page, Paging.count(query, page, items.size()));
    }

    private static Meting existing(UUID stellingId, UUID id) {
        Meting meting = Meting.findById(id);
        return Stellingen.vanStelling(meting, meting == null ? null : meting.stellingId, stellingId, "Meting", id);
    }

    private static void apply(Meting meting, MetingRequest request) {
        if (Meting.count("stellingId = ?1 and jaar = ?2 and id <> ?3", meting.stellingId, request.jaar(), meting.id) > 0) {
            throw ProblemException.conflict("meting-bestaat",
                    "Deze stelling heeft al een meting in " + request.jaar() + "; wijzig die.");
        }
        meting.jaar = request.jaar();
        meting.waarde = request.waarde().setScale(1);
        meting.benchmark = request.benchmark() == null ? null : request.benchmark().setScale(1);
    }
}
