package nl.participatiesuite.assessment.regelset;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.problem.ProblemMappers;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.common.Overtredingen;
import nl.participatiesuite.assessment.engine.Regelset;

/**
 * A gemeente's rules (maatwerk): published by its beheerder, read by its own raadplegers (domain.md §4); the
 * default rule set is public (the resource serves it without this service).
 */
@ApplicationScoped
public class RegelsetService {

    private final Validator validator;
    private final JsonKolommen json;
    private final Beller beller;
    private final Event<RegelsetGepubliceerd> gepubliceerd;

    RegelsetService(Validator validator, JsonKolommen json, Beller beller, Event<RegelsetGepubliceerd> gepubliceerd) {
        this.validator = validator;
        this.json = json;
        this.beller = beller;
        this.gepubliceerd = gepubliceerd;
    }

    /**
     * Publishes the gemeente's next version. The request fields and the rules are checked together, so one
     * 400 lists everything that is wrong; a rule set that would not compute is never published. Only in the
     * caller's own gemeente (403 before anything else when the gemeente is a CBS code).
     */
    @Transactional
    public GepubliceerdeRegelset publiceer(RegelsetRequest request) {
        if (request.gemeente() != null && request.gemeente().matches(GemeenteCode.PATTERN)) {
            beller.controleerSchrijven(request.gemeente());
        }
        List<Problem.InvalidParam> problemen = new ArrayList<>(ProblemMappers.invalidParams(validator.validate(request)));
        if (request.regels() != null) {
            // The version label is the service's to give; a missing one in the body is not the client's error.
            Regelset voorlopig = RegelsetMapper.metVersie(request.regels(), "nog-toe-te-kennen");
            problemen.addAll(Overtredingen.alsInvalidParams(voorlopig.valideer(), "regels"));
        }
        if (!problemen.isEmpty()) {
            throw ProblemException.invalid(problemen);
        }
        // Serialises publications per gemeente, so two at once get versions n and n+1 instead of a clash.
        GepubliceerdeRegelset.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:gemeente))) slot")
                .setParameter("gemeente", "regelset:" + request.gemeente())
                .getSingleResult();
        Number hoogste = (Number) GepubliceerdeRegelset.getEntityManager()
                .createQuery("select coalesce(max(r.versie), 0) from GepubliceerdeRegelset r where r.gemeente = :gemeente")
                .setParameter("gemeente", request.gemeente())
                .getSingleResult();
        GepubliceerdeRegelset regelset = new GepubliceerdeRegelset();
        regelset.versie = hoogste.intValue() + 1;
        RegelsetMapper.apply(request, regelset, json);
        regelset.persistAndFlush();
        // Regelsets forgets the gemeente's current rule set once this commits: the next computation uses this one.
        gepubliceerd.fire(new RegelsetGepubliceerd(request.gemeente()));
        return regelset;
    }

    /** The versions of the caller's own gemeente (the default; another one is a 403), newest first. */
    public Page<GepubliceerdeRegelset> list(String gemeente, PageRequest page) {
        PanacheQuery<GepubliceerdeRegelset> query = GepubliceerdeRegelset.find("gemeente",
                Sort.by("versie", Sort.Direction.Descending).and("id"), beller.eigenGemeente(gemeente));
        return Paging.page(query, page);
    }

    public GepubliceerdeRegelset regelset(UUID id) {
        GepubliceerdeRegelset regelset = Regelsets.existing(id);
        beller.controleerLezen(regelset.gemeente);
        return regelset;
    }
}
