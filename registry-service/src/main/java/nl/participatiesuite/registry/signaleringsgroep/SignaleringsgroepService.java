package nl.participatiesuite.registry.signaleringsgroep;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.common.Contactgegevens;
import nl.participatiesuite.registry.gemeente.Gemeenten;
import nl.participatiesuite.registry.kern.Kernen;
import nl.participatiesuite.registry.regels.Soort;

@ApplicationScoped
public class SignaleringsgroepService {

    @Inject
    Beller beller;

    @Transactional
    public Signaleringsgroep create(SignaleringsgroepRequest request) {
        beller.controleerSchrijven(request.gemeente());
        Signaleringsgroep groep = new Signaleringsgroep();
        checkReferences(groep, request, new ArrayList<>());
        SignaleringsgroepMapper.apply(request, groep);
        groep.persistAndFlush();
        return groep;
    }

    @Transactional
    public Signaleringsgroep update(UUID id, SignaleringsgroepRequest request, String ifMatch) {
        Signaleringsgroep groep = Signaleringsgroepen.existing(id);
        beller.controleerSchrijven(groep.gemeente);
        Preconditions.requireMatch(ifMatch, groep.versie);
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (!groep.gemeente.equals(request.gemeente())) {
            problems.add(new Problem.InvalidParam("gemeente", InvalidParamCode.IMMUTABLE,
                    "Een signaleringsgroep verhuist niet naar een andere gemeente."));
        }
        checkReferences(groep, request, problems);
        SignaleringsgroepMapper.apply(request, groep);
        groep.flush();
        return groep;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Signaleringsgroep groep = Signaleringsgroepen.existing(id);
        beller.controleerSchrijven(groep.gemeente);
        Preconditions.requireMatch(ifMatch, groep.versie);
        groep.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        groep.flush();
    }

    public Signaleringsgroep get(UUID id) {
        Signaleringsgroep groep = Signaleringsgroepen.existing(id);
        beller.controleerLezen(groep.gemeente);
        return groep;
    }

    /** AVG art. 17: the contactpersoon becomes the marker; the group and its audit trail stay. */
    @Transactional
    public Signaleringsgroep wissen(UUID id) {
        Signaleringsgroep groep = Signaleringsgroepen.existing(id);
        beller.controleerSchrijven(groep.gemeente);
        Contactgegevens gewist = Contactgegevens.gewist(groep.contactpersoon);
        if (gewist != groep.contactpersoon) {
            groep.contactpersoon = gewist;
        }
        groep.flush();
        return groep;
    }

    /**
     * The groups of the caller's own gemeente only. Ordered on gemeente, naam and id (signaleringsgroep_lijst_idx;
     * with kern: signaleringsgroep_kern_idx).
     */
    public Page<Signaleringsgroep> list(String gemeente, UUID kern, Soort soort, String q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        where.add("gemeente = :gemeente");
        params.and("gemeente", beller.eigenGemeente(gemeente));
        if (kern != null) {
            where.add("kernId = :kern");
            params.and("kern", kern);
        }
        if (soort != null) {
            where.add("soort = :soort");
            params.and("soort", soort);
        }
        String zoekterm = Tekst.normaliseer(q);
        if (zoekterm != null) {
            where.add("lower(naam) like :q");
            params.and("q", "%" + zoekterm.toLowerCase() + "%");
        }
        String condition = String.join(" and ", where);
        PanacheQuery<Signaleringsgroep> query = Signaleringsgroep.find(condition, Sort.by("gemeente").and("naam").and("id"), params);
        return Paging.page(query, Signaleringsgroep.find(condition, params), page);
    }

    /** Every bad reference at once, with the problems found so far; then one coördinator per gemeente. */
    private static void checkReferences(Signaleringsgroep groep, SignaleringsgroepRequest request,
            List<Problem.InvalidParam> problems) {
        Gemeenten.referenced("gemeente", request.gemeente(), problems);
        if (request.kernId() != null) {
            Kernen.referenced("kernId", request.kernId(), request.gemeente(), problems);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (Soort.valueOf(request.soort()) == Soort.WHATSAPP_COORDINATOR) {
            requireNoOtherCoordinator(groep, request.gemeente());
        }
    }

    /**
     * One whatsapp-coördinator per gemeente (Buren: "gecoördineerd door één WhatsAppcoördinator").
     * The gemeente row lock makes two simultaneous registrations queue, so only one can win.
     */
    private static void requireNoOtherCoordinator(Signaleringsgroep groep, String gemeente) {
        Gemeenten.lockedForUpdate(gemeente);
        long others = Signaleringsgroep.count("gemeente = ?1 and soort = ?2 and id <> ?3",
                gemeente, Soort.WHATSAPP_COORDINATOR, groep.id);
        if (others > 0) {
            throw ProblemException.conflict("whatsapp-coordinator-bestaat",
                    "Gemeente " + gemeente + " heeft al een whatsapp-coördinator.");
        }
    }
}
