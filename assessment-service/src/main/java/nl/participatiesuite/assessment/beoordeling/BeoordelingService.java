package nl.participatiesuite.assessment.beoordeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.participatiesuite.apirules.data.Versiestand;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.http.Weergaven;
import nl.participatiesuite.apirules.http.Weergaven.Weergave;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.paging.CursorPage;
import nl.participatiesuite.apirules.paging.CursorPageRequest;
import nl.participatiesuite.apirules.paging.KeysetOrder;
import nl.participatiesuite.apirules.paging.PageStart;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Uitkomst;

/**
 * Beoordelingen: computed, stored, replaced and read. A change is computed first, with its peer calls, outside
 * any transaction (a slow peer must never hold a database connection); then one transaction writes it, and for
 * a replacement checks If-Match in that same transaction, so the check and the write are atomic.
 *
 * <p>The transactional methods are called from this bean itself: Quarkus intercepts such self-invocations of
 * non-private methods, so they do run in their own transaction.
 *
 * <p>Who may (domain.md §4): the roles are on the resource; the gemeente is checked here, right after it is known
 * and before any peer is asked: a write only in the caller's own gemeente, a read only of the own gemeente, a list
 * only of the own gemeente. Computing without storing is open to everyone.
 */
@ApplicationScoped
public class BeoordelingService {

    /** Newest first; the indexes of V4__lijstvolgorde_nieuwste_eerst.sql serve it, also after a cursor. */
    static final KeysetOrder<BeoordelingLijstregel> NIEUWSTE_EERST = KeysetOrder.descending(
            KeysetOrder.field("aangemaaktOp", Instant.class, BeoordelingLijstregel::aangemaaktOp),
            KeysetOrder.field("id", UUID.class, BeoordelingLijstregel::id));

    private final BeoordelingBerekening berekening;
    private final JsonKolommen json;
    private final Beller beller;
    private final Weergaven weergaven;

    BeoordelingService(BeoordelingBerekening berekening, JsonKolommen json, Beller beller, Weergaven weergaven) {
        this.berekening = berekening;
        this.json = json;
        this.beller = beller;
        this.weergaven = weergaven;
    }

    /**
     * Computes and stores a new beoordeling: 403 in another gemeente than the caller's (a gemeente that is no CBS code
     * is a 400 like every other invalid field); 400 with every invalid field; nothing stored.
     */
    public Beoordeling maak(BeoordelingRequest request) {
        if (request.gemeente() != null && request.gemeente().matches(GemeenteCode.PATTERN)) {
            beller.controleerSchrijven(request.gemeente());
        }
        return bewaar(berekening.bereken(request, null));
    }

    /** Computes without storing (for live forms): the same computation and the same 400 as {@link #maak}. */
    BeoordelingBerekening.Berekend bereken(BeoordelingRequest request) {
        return berekening.bereken(request, null);
    }

    /** Replaces the answers and computes again; 404, then 403, then 400, then (in the transaction) 428/412. */
    public Beoordeling vervang(UUID id, String ifMatch, BeoordelingRequest request) {
        // The gemeente never changes (the column is not updatable), so it can be read before the transaction.
        String gemeente = Beoordelingen.existing(id).gemeente;
        beller.controleerSchrijven(gemeente);
        return schrijf(id, ifMatch, berekening.bereken(request, gemeente));
    }

    /**
     * The answer of GET by id: one narrow query for the beoordeling's stand, then the kept JSON of that version, so
     * its answers and outcome are read and written only when it changed (Weergaven).
     */
    public <A> Weergave weergave(UUID id, Class<A> soort, Function<Beoordeling, A> antwoord) {
        Versiestand stand = Beoordelingen.stand(id);
        beller.controleerLezen(stand.gemeente());
        return weergaven.van(stand, soort, () -> beoordeling(id), antwoord);
    }

    public Beoordeling beoordeling(UUID id) {
        Beoordeling beoordeling = Beoordelingen.existing(id);
        beller.controleerLezen(beoordeling.gemeente);
        return beoordeling;
    }

    /**
     * Limited to the caller's own gemeente (the default; another one is a 403). Rows are projected onto the narrow
     * columns ({@link BeoordelingLijstregel}): a page reads no answers or outcome.
     */
    public CursorPage<BeoordelingLijstregel> list(BeoordelingFilter filter, CursorPageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        where.add("gemeente = :gemeente");
        params.and("gemeente", beller.eigenGemeente(filter.gemeente()));
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
        PageStart start = NIEUWSTE_EERST.start(page);
        PanacheQuery<BeoordelingLijstregel> query = Beoordeling.find(String.join(" and ", start.conditions(where)),
                NIEUWSTE_EERST.sort(), start.parameters(params.map())).project(BeoordelingLijstregel.class);
        // Counted in the list's order: the gemeente is always given, so its index finds the rows in that order.
        return Paging.page(query, Beoordeling.find(String.join(" and ", where), NIEUWSTE_EERST.sort(), params), start,
                NIEUWSTE_EERST);
    }

    /**
     * Recomputes the stored answers as a replacement would, and lists what would change; stores nothing. The answer
     * names no gemeente of its own: its personal fields (the kernambtenaren) follow the beoordeling's.
     */
    Herberekening herbereken(UUID id) {
        Beoordeling beoordeling = Beoordelingen.existing(id);
        beller.controleerLezen(beoordeling.gemeente);
        beller.antwoordHoortBij(beoordeling.gemeente);
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

    /**
     * AVG art. 17: the kernambtenaren's name, e-mail and phone in the stored outcome become markers; the beoordeling,
     * its levels and its audit trail stay. A second request changes nothing.
     */
    @Transactional
    public Beoordeling wis(UUID id) {
        Beoordeling beoordeling = Beoordelingen.existing(id);
        beller.controleerSchrijven(beoordeling.gemeente);
        if (BeoordelingWissing.wis(beoordeling, json)) {
            beoordeling.flush();
        }
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
