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

/** The targets of a stelling, one per year. */
@ApplicationScoped
public class DoelService {

    @Inject
    Beller beller;

    @Transactional
    public Doel create(UUID stellingId, DoelRequest request) {
        Stelling stelling = Stellingen.existing(stellingId);
        beller.controleerSchrijven(stelling.gemeente);
        geldig(stelling, request);
        Doel doel = new Doel();
        doel.stellingId = stellingId;
        doel.stelling = stelling;
        schrijf(request, doel);
        doel.persistAndFlush();
        return doel;
    }

    @Transactional
    public Doel update(UUID stellingId, UUID id, DoelRequest request, String ifMatch) {
        Stelling stelling = Stellingen.existing(stellingId);
        beller.controleerSchrijven(stelling.gemeente);
        Doel doel = existing(stellingId, id);
        geldig(stelling, request);
        Preconditions.requireMatch(ifMatch, doel.versie);
        schrijf(request, doel);
        doel.flush();
        return doel;
    }

    @Transactional
    public void delete(UUID stellingId, UUID id, String ifMatch) {
        beller.controleerSchrijven(Stellingen.existing(stellingId).gemeente);
        Stellingen.verwijder(existing(stellingId, id), ifMatch);
    }

    /** One doel of a stelling; like the list, public (the burgerpeiling is). */
    public Doel get(UUID stellingId, UUID id) {
        return existing(stellingId, id);
    }

    public Page<Doel> list(UUID stellingId, PageRequest page) {
        Stellingen.existing(stellingId);
        return Paging.page(Doel.find("stellingId", Sort.by("jaar").and("id"), stellingId), page);
    }

    private static Doel existing(UUID stellingId, UUID id) {
        Doel doel = Doel.findById(id);
        return Stellingen.vanStelling(doel, doel == null ? null : doel.stellingId, stellingId, "Doel", id);
    }

    private static void geldig(Stelling stelling, DoelRequest request) {
        Stellingen.geldig(Meetwaarden.controleer(stelling.eenheid, request.jaar(), request.waarde(), null));
    }

    /** The year is checked before the entity changes, so the query's auto-flush never writes a duplicate. */
    private static void schrijf(DoelRequest request, Doel doel) {
        if (Doel.count("stellingId = ?1 and jaar = ?2 and id <> ?3", doel.stellingId, request.jaar(), doel.id) > 0) {
            throw ProblemException.conflict("doel-bestaat",
                    "Deze stelling heeft al een doel voor " + request.jaar() + "; wijzig dat.");
        }
        DoelMapper.apply(request, doel);
    }
}
