package nl.participatiesuite.registry.regelset;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.gemeente.Gemeenten;

/**
 * A gemeente's registry rules (its participatieverordening): published by its beheerder, read by its own raadplegers
 * (domain.md §4); the default rule set is public (the resource serves it without this service).
 */
@ApplicationScoped
public class RegelsetService {

    @Inject
    Beller beller;

    @Inject
    Klok klok;

    /**
     * Publishes the gemeente's next version. Its ingangsdatum lies not before today: what was computed or received
     * before keeps the rules of then, so a publication never changes a past outcome.
     */
    @Transactional
    public Regelset publiceer(RegelsetRequest request) {
        beller.controleerSchrijven(request.gemeente());
        List<Problem.InvalidParam> problemen = new ArrayList<>();
        Gemeenten.referenced("gemeente", request.gemeente(), problemen);
        LocalDate vandaag = klok.vandaag();
        LocalDate ingangsdatum = request.ingangsdatum() == null ? vandaag : request.ingangsdatum();
        if (ingangsdatum.isBefore(vandaag)) {
            problemen.add(new Problem.InvalidParam("ingangsdatum", InvalidParamCode.MIN,
                    "ingangsdatum ligt niet in het verleden: een regelset werkt niet terug."));
        }
        if (!problemen.isEmpty()) {
            throw ProblemException.invalid(problemen);
        }
        // Serialises publications per gemeente (its row), so two at once get versions n and n+1 instead of a clash.
        Gemeenten.lockedForUpdate(request.gemeente());
        Number hoogste = (Number) Regelset.getEntityManager()
                .createQuery("select coalesce(max(r.versie), 0) from Regelset r where r.gemeente = :gemeente")
                .setParameter("gemeente", request.gemeente())
                .getSingleResult();
        Regelset regelset = new Regelset();
        regelset.versie = hoogste.intValue() + 1;
        RegelsetMapper.apply(request, regelset, ingangsdatum);
        regelset.persistAndFlush();
        return regelset;
    }

    /** The versions of the caller's own gemeente (the default; another one is a 403), newest first. */
    public Page<Regelset> list(String gemeente, PageRequest page) {
        PanacheQuery<Regelset> query = Regelset.find("gemeente",
                Sort.by("versie", Sort.Direction.Descending).and("id"), beller.eigenGemeente(gemeente));
        return Paging.page(query, page);
    }

    public Regelset get(UUID id) {
        Regelset regelset = Regelsets.existing(id);
        beller.controleerLezen(regelset.gemeente);
        return regelset;
    }

    /** The version in force for the gemeente on the day (default today); null: the default rule set. */
    public Regelset geldend(String gemeente, LocalDate datum) {
        beller.controleerLezen(gemeente);
        Gemeenten.existing(gemeente);
        GeldendeRegelset geldend = Regelsets.geldendOp(gemeente, datum == null ? klok.vandaag() : datum);
        return geldend.id() == null ? null : Regelsets.existing(geldend.id());
    }
}
