package nl.participatiesuite.registry.onkostenvergoeding;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.common.UniekeSleutel;

@ApplicationScoped
public class InflatiecijferService {

    @Inject
    Beller beller;

    /** What a PUT did: the figure as it now is, and whether it is new (201) or changed (200). */
    public record Vastgesteld(Inflatiecijfer cijfer, boolean nieuw) {
    }

    /**
     * Creates the year's figure when there is none (no If-Match needed), otherwise changes it
     * against the version named in If-Match. An If-Match on a year that has no figure cannot
     * match anything (RFC 9110), so it is refused with 412 rather than silently creating.
     */
    @Transactional
    public Vastgesteld stelVast(int jaar, InflatiecijferRequest request, String ifMatch) {
        beller.controleerSchrijvenNamensEenGemeente();
        Inflatiecijfer cijfer = Inflatiecijfer.findById(jaar);
        if (cijfer != null) {
            Preconditions.requireMatch(ifMatch, cijfer.versie);
            InflatiecijferMapper.apply(request, cijfer);
            cijfer.flush();
            return new Vastgesteld(cijfer, false);
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(412, "versie-verouderd", "Versie verouderd",
                    "Voor " + jaar + " is nog geen inflatiecijfer vastgesteld; stuur geen If-Match om het aan te maken.");
        }
        cijfer = new Inflatiecijfer();
        cijfer.jaar = jaar;
        InflatiecijferMapper.apply(request, cijfer);
        try {
            cijfer.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniekeSleutel.geschonden(e)) {
                throw ProblemException.conflict("inflatiecijfer-bestaat",
                        "Het inflatiecijfer voor " + jaar + " is zojuist door een ander vastgesteld; lees het en wijzig het met If-Match.");
            }
            throw e;
        }
        return new Vastgesteld(cijfer, true);
    }

    @Transactional
    public void delete(int jaar, String ifMatch) {
        beller.controleerSchrijvenNamensEenGemeente();
        Inflatiecijfer cijfer = get(jaar);
        Preconditions.requireMatch(ifMatch, cijfer.versie);
        cijfer.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        cijfer.flush();
    }

    public Inflatiecijfer get(int jaar) {
        Inflatiecijfer cijfer = Inflatiecijfer.findById(jaar);
        if (cijfer == null) {
            throw ProblemException.notFound("Inflatiecijfer voor", jaar);
        }
        return cijfer;
    }

    /** Ordered on jaar, the primary key. */
    public Page<Inflatiecijfer> list(PageRequest page) {
        PanacheQuery<Inflatiecijfer> query = Inflatiecijfer.findAll(Sort.by("jaar"));
        return Paging.page(query, page);
    }
}
