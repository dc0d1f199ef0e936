package nl.participatiesuite.evaluation.burgerpeiling;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.evaluation.regels.Meetwaarden;

/** The survey results of a stelling, one per year. */
@ApplicationScoped
public class MetingService {

    @Inject
    Beller beller;

    @Transactional
    public Meting create(UUID stellingId, MetingRequest request) {
        Stelling stelling = Stellingen.existing(stellingId);
        beller.controleerSchrijven(stelling.gemeente);
        geldig(stelling, request);
        Meting meting = new Meting();
        meting.stellingId = stellingId;
        meting.stelling = stelling;
        schrijf(request, meting);
        meting.persistAndFlush();
        return meting;
    }

    @Transactional
    public Meting update(UUID stellingId, UUID id, MetingRequest request, String ifMatch) {
        Stelling stelling = Stellingen.existing(stellingId);
        beller.controleerSchrijven(stelling.gemeente);
        Meting meting = existing(stellingId, id);
        geldig(stelling, request);
        Preconditions.requireMatch(ifMatch, meting.versie);
        schrijf(request, meting);
        meting.flush();
        return meting;
    }

    @Transactional
    public void delete(UUID stellingId, UUID id, String ifMatch) {
        beller.controleerSchrijven(Stellingen.existing(stellingId).gemeente);
        Stellingen.verwijder(existing(stellingId, id), ifMatch);
    }

    /** One meting of a stelling; like the list, public (the burgerpeiling is). */
    public Meting get(UUID stellingId, UUID id) {
        return existing(stellingId, id);
    }

    public Page<Meting> list(UUID stellingId, PageRequest page) {
        Stellingen.existing(stellingId);
        return Paging.page(Meting.find("stellingId", Sort.by("jaar").and("id"), stellingId), page);
    }

    private static Meting existing(UUID stellingId, UUID id) {
        Meting meting = Meting.findById(id);
        return Stellingen.vanStelling(meting, meting == null ? null : meting.stellingId, stellingId, "Meting", id);
    }

    private static void geldig(Stelling stelling, MetingRequest request) {
        Stellingen.geldig(Meetwaarden.controleer(stelling.eenheid, request.jaar(), request.waarde(), request.benchmark()));
    }

    /** The year is checked before the entity changes, so the query's auto-flush never writes a duplicate. */
    private static void schrijf(MetingRequest request, Meting meting) {
        if (Meting.count("stellingId = ?1 and jaar = ?2 and id <> ?3", meting.stellingId, request.jaar(), meting.id) > 0) {
            throw ProblemException.conflict("meting-bestaat",
                    "Deze stelling heeft al een meting in " + request.jaar() + "; wijzig die.");
        }
        MetingMapper.apply(request, meting);
    }
}
