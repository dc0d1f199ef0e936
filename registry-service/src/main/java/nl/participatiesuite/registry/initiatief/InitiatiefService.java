package nl.participatiesuite.registry.initiatief;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.registry.gemeente.Gemeente;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kern.Kernen;
import nl.participatiesuite.registry.kernambtenaar.Kernambtenaar;
import nl.participatiesuite.registry.leefbaarheidsbudget.Leefbaarheidsaanvragen;
import nl.participatiesuite.registry.regels.InitiatiefLevenscyclus;
import nl.participatiesuite.registry.regels.InitiatiefStatus;

@ApplicationScoped
public class InitiatiefService {

    @Transactional
    public Initiatief create(InitiatiefRequest request) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        boolean gemeenteBekend = Gemeente.findById(request.gemeente()) != null;
        if (!gemeenteBekend) {
            problems.add(new Problem.InvalidParam("gemeente", InvalidParamCode.UNKNOWN,
                    "Gemeente " + request.gemeente() + " is niet geregistreerd."));
        }
        Initiatief initiatief = new Initiatief();
        initiatief.gemeente = request.gemeente();
        // Without a known gemeente, kernen and contacts are only checked for existence.
        apply(initiatief, request, gemeenteBekend ? request.gemeente() : null, problems);
        initiatief.status = InitiatiefLevenscyclus.BEGINSTATUS;
        initiatief.persist();
        InitiatiefStatuswijziging.nieuw(initiatief, null, initiatief.status, null, request.actor().strip()).persist();
        initiatief.flush();
        return initiatief;
    }

    @Transactional
    public Initiatief update(UUID id, InitiatiefWijziging wijziging, String ifMatch) {
        Initiatief initiatief = Initiatieven.existing(id);
        Preconditions.requireMatch(ifMatch, initiatief.versie);
        apply(initiatief, wijziging, initiatief.gemeente, new ArrayList<>());
        initiatief.flush();
        return initiatief;
    }

    public Page<Initiatief> list(String gemeente, String kern, String status, String q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (gemeente != null) {
            where.add("i.gemeente = :gemeente");
            params.and("gemeente", gemeente);
        }
        if (kern != null) {
            where.add("exists (select 1 from Initiatief ik join ik.kernen k where ik.id = i.id and k.id = :kern)");
            params.and("kern", UUID.fromString(kern));
        }
        if (status != null) {
            where.add("i.status = :status");
            params.and("status", InitiatiefStatus.valueOf(status));
        }
        if (q != null && !q.isBlank()) {
            where.add("lower(i.titel) like :q");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        String hql = "from Initiatief i" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<Initiatief> query = Initiatief.find(hql,
                Sort.descending("aangemaaktOp").and("id", Sort.Direction.Ascending), params);
        return Paging.page(query, Initiatief.find(hql, params), page);
    }

    /** Checks every reference first, so one 400 names all bad fields and nothing is changed on a 400. */
    private void apply(Initiatief initiatief, InitiatiefGegevens gegevens, String gemeente,
            List<Problem.InvalidParam> problems) {
        var kernen = Kernen.referenced("kernIds", gegevens.kernIds(), gemeente, problems);
        Kernambtenaar kernambtenaar = kernambtenaar(gegevens.vasteContactpersoon(), gemeente, problems);
        Leefbaarheidsaanvragen.referenced("leefbaarheidsaanvraagId", gegevens.leefbaarheidsaanvraagId(), gemeente, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        initiatief.titel = gegevens.titel().strip();
        initiatief.doel = gegevens.doel().strip();
        initiatief.activiteit = gegevens.activiteit().strip();
        initiatief.kernen = new LinkedHashSet<Kern>(kernen);
        initiatief.schaal = Schaal.valueOf(gegevens.schaal());
        Initiatiefnemer nemer = gegevens.initiatiefnemer();
        initiatief.initiatiefnemerType = InitiatiefnemerType.valueOf(nemer.type());
        initiatief.initiatiefnemerNaam = nemer.naam().strip();
        initiatief.initiatiefnemerContact = strip(nemer.contact());
        VasteContactpersoon contact = gegevens.vasteContactpersoon();
        initiatief.contactpersoonKernambtenaar = kernambtenaar;
        initiatief.contactpersoonNaam = contact == null || contact.verwijstNaarKernambtenaar() ? null : contact.naam().strip();
        initiatief.contactpersoonEmail = contact == null || contact.verwijstNaarKernambtenaar() ? null : contact.email().strip();
        initiatief.beoordelingId = gegevens.beoordelingId();
        initiatief.overheidsrol = gegevens.overheidsrol() == null ? null : Overheidsrol.valueOf(gegevens.overheidsrol());
        initiatief.leefbaarheidsaanvraagId = gegevens.leefbaarheidsaanvraagId();
    }

    private static Kernambtenaar kernambtenaar(VasteContactpersoon contact, String gemeente,
            List<Problem.InvalidParam> problems) {
        if (contact == null || !contact.verwijstNaarKernambtenaar()) {
            return null;
        }
        String field = "vasteContactpersoon.kernambtenaarId";
        Kernambtenaar kernambtenaar = Kernambtenaar.findById(contact.kernambtenaarId());
        if (kernambtenaar == null) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.UNKNOWN,
                    "Kernambtenaar " + contact.kernambtenaarId() + " bestaat niet."));
        } else if (gemeente != null && !gemeente.equals(kernambtenaar.gemeente)) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.OTHER_GEMEENTE,
                    "Kernambtenaar " + contact.kernambtenaarId() + " werkt niet voor gemeente " + gemeente + "."));
        }
        return kernambtenaar;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
