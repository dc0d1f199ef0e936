package nl.participatiesuite.assessment.beoordeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Uitkomst;

/**
 * Beoordelingen: computed, stored, replaced and read. A change is computed first, with its peer calls, outside
 * any transaction (a slow peer must never hold a database connection); then one transaction writes it, and for
 * a replacement checks If-Match in that same transaction, so the check and the write are atomic.
 *
 * <p>The transactional methods are called from this bean itself: Quarkus intercepts such self-invocations of
 * non-private methods, so they do run in their own transaction.
 */
@ApplicationScoped
public class BeoordelingService {

    private final BeoordelingBerekening berekening;
    private final JsonKolommen json;

    BeoordelingService(BeoordelingBerekening berekening, JsonKolommen json) {
        this.berekening = berekening;
        this.json = json;
    }

    /** Computes and stores a new beoordeling; 400 with every invalid field, nothing stored. */
    public Beoordeling maak(BeoordelingRequest request) {
        return bewaar(berekening.bereken(request, null));
    }

    /** Computes without storing (for live forms): the same computation and the same 400 as {@link #maak}. */
    BeoordelingBerekening.Berekend bereken(BeoordelingRequest request) {
        return berekening.bereken(request, null);
    }

    /** Replaces the answers and computes again; 404, then 400, then (in the transaction) 428/412. */
    public Beoordeling vervang(UUID id, String ifMatch, BeoordelingRequest request) {
        // The gemeente never changes (the column is not updatable), so it can be read before the transaction.
        String gemeente = Beoordelingen.existing(id).gemeente;
        return schrijf(id, ifMatch, berekening.bereken(request, gemeente));
    }

    public Beoordeling beoordeling(UUID id) {
        return Beoordelingen.existing(id);
    }

    public Page<Beoordeling> list(BeoordelingFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.gemeente() != null) {
            where.add("gemeente = :gemeente");
            params.and("gemeente", filter.gemeente());
        }
        if (filter.initiatief() != null) {
            where.add("initiatiefId = :initiatief");
            params.and("initiatief", filter.initiatief());
        }
        if (filter.kern() != null) {
            where.add("kernId = :kern");
            params.and("kern", filter.kern());
        }
        if (filter.niveau() != null) {
            where.add("niveau = :niveau");
            params.and("niveau", filter.niveau());
        }
        if (filter.intensiteit() != null) {
            where.add("intensiteit = :intensiteit");
            params.and("intensiteit", filter.intensiteit());
        }
        Sort nieuwsteEerst = Sort.by("aangemaaktOp", Sort.Direction.Descending).and("id");
        PanacheQuery<Beoordeling> query = where.isEmpty()
                ? Beoordeling.findAll(nieuwsteEerst)
                : Beoordeling.find(String.join(" and ", where), nieuwsteEerst, params);
        return Paging.page(query, page);
    }

    /** Recomputes the stored answers as a replacement would, and lists what would change; stores nothing. */
    Herberekening herbereken(UUID id) {
        Beoordeling beoordeling = Beoordelingen.existing(id);
        Uitkomst opgeslagen = beoordeling.leesUitkomst(json);
        BeoordelingBerekening.Berekend nu = berekening.herbereken(beoordeling.gemeente, beoordeling.initiatiefId,
                beoordeling.kernId, beoordeling.leesInvoer(json));
        return new Herberekening(beoordeling, opgeslagen, nu,
                JsonVerschil.tussen(zonderVersie(opgeslagen), zonderVersie(nu.uitkomst())));
    }

    @Transactional
    Beoordeling bewaar(BeoordelingBerekening.Berekend berekend) {
        Beoordeling beoordeling = new Beoordeling();
        BeoordelingMapper.apply(berekend, beoordeling, json);
        beoordeling.persistAndFlush();
        return beoordeling;
    }

    /** The one If-Match check of a replacement, in the transaction that writes it. */
    @Transactional
    Beoordeling schrijf(UUID id, String ifMatch, BeoordelingBerekening.Berekend berekend) {
        Beoordeling beoordeling = Beoordelingen.existing(id);
        Preconditions.requireMatch(ifMatch, beoordeling.versie);
        BeoordelingMapper.apply(berekend, beoordeling, json);
        beoordeling.flush();
        return beoordeling;
    }

    /** The version label differs by definition; the question is whether the outcome itself changes. */
    private JsonNode zonderVersie(Uitkomst uitkomst) {
        ObjectNode boom = (ObjectNode) json.boom(uitkomst);
        boom.remove("regelsetVersie");
        return boom;
    }

    /** A stored beoordeling next to what it would be if computed now. */
    record Herberekening(Beoordeling beoordeling, Uitkomst opgeslagen, BeoordelingBerekening.Berekend nu,
            List<Verschil> verschillen) {
    }
}
