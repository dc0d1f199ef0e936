package nl.participatiesuite.registry.initiatief;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.http.Weergaven;
import nl.participatiesuite.apirules.http.Weergaven.Weergave;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.paging.CursorPage;
import nl.participatiesuite.apirules.paging.CursorPageRequest;
import nl.participatiesuite.registry.peer.BeoordelingVerwijzing;
import nl.participatiesuite.apirules.paging.KeysetOrder;
import nl.participatiesuite.apirules.paging.PageStart;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.registry.gemeente.Gemeenten;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kern.Kernen;
import nl.participatiesuite.registry.kernambtenaar.Kernambtenaar;
import nl.participatiesuite.registry.kernambtenaar.Kernambtenaren;
import nl.participatiesuite.registry.regels.InitiatiefLevenscyclus;
import nl.participatiesuite.registry.regels.InitiatiefStatus;

@ApplicationScoped
public class InitiatiefService {

    /** Newest first; the indexes of V13__lijstvolgorde.sql serve it, also after a cursor. */
    static final KeysetOrder<Initiatief> NIEUWSTE_EERST = KeysetOrder.descending(
            KeysetOrder.field("aangemaaktOp", Instant.class, initiatief -> initiatief.aangemaaktOp),
            KeysetOrder.field("id", UUID.class, initiatief -> initiatief.id));

    @Inject
    Klok klok;

    @Inject
    LeefbaarheidsaanvraagVerwijzing aanvragen;

    @Inject
    Beller beller;

    @Inject
    BeoordelingVerwijzing beoordelingen;

    @Inject
    Weergaven weergaven;

    @Transactional
    public Initiatief create(InitiatiefRequest request) {
        beller.controleerSchrijven(request.gemeente());
        List<Problem.InvalidParam> problems = new ArrayList<>();
        boolean gemeenteBekend = Gemeenten.referenced("gemeente", request.gemeente(), problems);
        // Without a known gemeente, kernen and contacts are only checked for existence.
        Verwijzingen verwijzingen = checkReferences(request, gemeenteBekend ? request.gemeente() : null, null, problems);
        Initiatief initiatief = new Initiatief();
        InitiatiefMapper.apply(request, initiatief, verwijzingen.kernen(), verwijzingen.kernambtenaar());
        initiatief.beoordelingId = verwijzingen.beoordelingId();
        initiatief.status = InitiatiefLevenscyclus.BEGINSTATUS;
        initiatief.persist();
        InitiatiefStatuswijziging indiening = InitiatiefStatuswijziging.nieuw(initiatief, null, initiatief.status, klok.nu());
        // Who submitted it: the caller, from the token.
        indiening.actor = beller.actor();
        indiening.persist();
        initiatief.flush();
        return initiatief;
    }

    @Transactional
    public Initiatief update(UUID id, InitiatiefWijziging wijziging, String ifMatch) {
        Initiatief initiatief = Initiatieven.existing(id);
        beller.controleerSchrijven(initiatief.gemeente);
        Preconditions.requireMatch(ifMatch, initiatief.etagVersie());
        Verwijzingen verwijzingen = checkReferences(wijziging, initiatief.gemeente, initiatief, new ArrayList<>());
        InitiatiefMapper.apply(wijziging, initiatief, verwijzingen.kernen(), verwijzingen.kernambtenaar());
        initiatief.beoordelingId = verwijzingen.beoordelingId();
        initiatief.flush();
        return initiatief;
    }

    /**
     * The answer of GET by id: one narrow query for the stand of the initiatief and of the kernen and kernambtenaar it
     * shows, then the kept JSON of that stand (Weergaven). Public (domain.md §4): anyone reads an initiatief; its
     * personal fields only the own gemeente (the response).
     */
    public <A> Weergave weergave(UUID id, Class<A> soort, Function<Initiatief, A> antwoord) {
        return weergaven.van(Initiatieven.stand(id), soort, () -> get(id), antwoord);
    }

    public Initiatief get(UUID id) {
        return Initiatieven.existing(id);
    }

    /**
     * AVG art. 17: the initiatiefnemer's naam and the naam and e-mail of a medewerker as vaste contactpersoon become
     * markers, the initiatiefnemer's contact is emptied; the initiatief, its history and its audit trail stay. The
     * history's actors become markers too: before actors came from tokens they were free text, often the name of the
     * inwoner who withdrew the initiatief. The history is append-only, so one statement rewrites it. A
     * kernambtenaar as contactpersoon keeps being referred to: that person's data is erased on the kernambtenaar.
     */
    @Transactional
    public Initiatief wissen(UUID id) {
        Initiatief initiatief = Initiatieven.existing(id);
        beller.controleerSchrijven(initiatief.gemeente);
        initiatief.initiatiefnemerNaam = Gewist.NAAM;
        initiatief.initiatiefnemerContact = null;
        if (initiatief.contactpersoonNaam != null) {
            initiatief.contactpersoonNaam = Gewist.NAAM;
            initiatief.contactpersoonEmail = Gewist.EMAIL;
        }
        initiatief.flush();
        InitiatiefStatuswijziging.getEntityManager()
                .createNativeQuery("update initiatief_statuswijziging set actor = :gewist where initiatief_id = :initiatief"
                        + " and actor <> :gewist")
                .setParameter("gewist", Gewist.NAAM)
                .setParameter("initiatief", id)
                .executeUpdate();
        // The answer lists the kernen: read them while the transaction is open.
        initiatief.kernen.size();
        return initiatief;
    }

    /** Public, also for another gemeente. */
    public CursorPage<Initiatief> list(String gemeente, UUID kern, String status, String q, CursorPageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (gemeente != null) {
            where.add("i.gemeente = :gemeente");
            params.and("gemeente", gemeente);
        }
        if (kern != null) {
            where.add("exists (select 1 from Initiatief ik join ik.kernen k where ik.id = i.id and k.id = :kern)");
            params.and("kern", kern);
        }
        if (status != null) {
            where.add("i.status = :status");
            params.and("status", InitiatiefStatus.valueOf(status));
        }
        String zoekterm = Tekst.normaliseer(q);
        if (zoekterm != null) {
            where.add("lower(i.titel) like :q");
            params.and("q", "%" + zoekterm.toLowerCase() + "%");
        }
        PageStart start = NIEUWSTE_EERST.start(page);
        PanacheQuery<Initiatief> query = Initiatief.find(hql(start.conditions(where)), NIEUWSTE_EERST.sort(),
                start.parameters(params.map()));
        return Paging.page(query, Initiatief.find(hql(where), params), start, NIEUWSTE_EERST);
    }

    private static String hql(List<String> where) {
        return "from Initiatief i" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    /** What the request refers to, once every reference has been checked. */
    private record Verwijzingen(Set<Kern> kernen, Kernambtenaar kernambtenaar, UUID beoordelingId) {
    }

    /**
     * Checks every reference first, so one 400 names all bad fields and nothing is changed on a 400.
     *
     * @param bestaand the initiatief being changed, or null while it is created
     */
    private Verwijzingen checkReferences(InitiatiefGegevens gegevens, String gemeente, Initiatief bestaand,
            List<Problem.InvalidParam> problems) {
        Set<Kern> kernen = Kernen.referenced("kernIds", gegevens.kernIds(), gemeente, problems);
        VasteContactpersoonRequest contact = gegevens.vasteContactpersoon();
        Kernambtenaar kernambtenaar = contact == null || !contact.verwijstNaarKernambtenaar()
                ? null
                : Kernambtenaren.referenced("vasteContactpersoon.kernambtenaarId", contact.kernambtenaarId(), gemeente, problems);
        aanvragen.referenced("leefbaarheidsaanvraagId", gegevens.leefbaarheidsaanvraagId(), gemeente, problems);
        UUID beoordelingId = beoordelingen.vanInitiatief("beoordelingId", gegevens.beoordelingId(),
                bestaand == null ? null : bestaand.id, bestaand == null ? null : bestaand.beoordelingId, gemeente, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new Verwijzingen(kernen, kernambtenaar, beoordelingId);
    }
}
