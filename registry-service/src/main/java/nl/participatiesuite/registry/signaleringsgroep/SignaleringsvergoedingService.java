package nl.participatiesuite.registry.signaleringsgroep;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.common.UniekeSleutel;
import nl.participatiesuite.registry.gemeente.Gemeenten;
import nl.participatiesuite.registry.regels.Vrijwilligersvergoeding;

@ApplicationScoped
public class SignaleringsvergoedingService {

    @Inject
    Beller beller;

    /** What a PUT did: the amount as it now is, and whether it is new (201) or changed (200). */
    public record Vastgesteld(Signaleringsvergoeding vergoeding, boolean nieuw) {
    }

    /**
     * Creates the year's amount when there is none (no If-Match needed), otherwise changes it against
     * the version named in If-Match. An If-Match on an amount that does not exist cannot match (RFC 9110).
     */
    @Transactional
    public Vastgesteld stelVast(String gemeente, int jaar, SignaleringsvergoedingRequest request, String ifMatch) {
        beller.controleerSchrijven(gemeente);
        Gemeenten.existing(gemeente);
        Signaleringsvergoeding vergoeding = Signaleringsvergoeding.find(gemeente, jaar);
        if (vergoeding != null) {
            Preconditions.requireMatch(ifMatch, vergoeding.versie);
            SignaleringsvergoedingMapper.apply(request, vergoeding);
            vergoeding.flush();
            return new Vastgesteld(vergoeding, false);
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(412, "versie-verouderd", "Versie verouderd",
                    "Voor " + gemeente + " in " + jaar + " is nog geen signaleringsvergoeding vastgesteld; "
                            + "stuur geen If-Match om haar aan te maken.");
        }
        vergoeding = Signaleringsvergoeding.nieuw(gemeente, jaar);
        SignaleringsvergoedingMapper.apply(request, vergoeding);
        try {
            vergoeding.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniekeSleutel.geschonden(e)) {
                throw ProblemException.conflict("signaleringsvergoeding-bestaat", "De signaleringsvergoeding voor "
                        + gemeente + " in " + jaar + " is zojuist door een ander vastgesteld; lees haar en wijzig haar met If-Match.");
            }
            throw e;
        }
        return new Vastgesteld(vergoeding, true);
    }

    @Transactional
    public void delete(String gemeente, int jaar, String ifMatch) {
        beller.controleerSchrijven(gemeente);
        Signaleringsvergoeding vergoeding = get(gemeente, jaar);
        Preconditions.requireMatch(ifMatch, vergoeding.versie);
        vergoeding.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        vergoeding.flush();
    }

    public Signaleringsvergoeding get(String gemeente, int jaar) {
        beller.controleerLezen(gemeente);
        Signaleringsvergoeding vergoeding = Signaleringsvergoeding.find(gemeente, jaar);
        if (vergoeding == null) {
            throw ProblemException.notFound("Signaleringsvergoeding van " + gemeente + " voor", jaar);
        }
        return vergoeding;
    }

    /** The amounts of the caller's own gemeente only. Ordered on gemeente and jaar, the primary key. */
    public Page<Signaleringsvergoeding> list(String gemeente, PageRequest page) {
        Sort sort = Sort.by("sleutel.gemeente").and("sleutel.jaar");
        PanacheQuery<Signaleringsvergoeding> query = Signaleringsvergoeding.find("sleutel.gemeente", sort,
                beller.eigenGemeente(gemeente));
        return Paging.page(query, page);
    }

    /** The allowance of one group in one year; a year without a set amount is an explicit error, never 0. */
    public VrijwilligersvergoedingResponse voorGroep(UUID groepId, int jaar) {
        Signaleringsgroep groep = Signaleringsgroepen.existing(groepId);
        beller.controleerLezen(groep.gemeente);
        Signaleringsvergoeding vastgesteld = Signaleringsvergoeding.find(groep.gemeente, jaar);
        if (vastgesteld == null) {
            throw ProblemException.unprocessable("signaleringsvergoeding-ontbreekt", "Signaleringsvergoeding ontbreekt",
                    "Gemeente " + groep.gemeente + " heeft voor " + jaar + " geen signaleringsvergoeding vastgesteld; "
                            + "stel die vast met PUT /signaleringsvergoedingen/" + groep.gemeente + "/" + jaar + ".");
        }
        Vrijwilligersvergoeding.Toekenning toekenning = Vrijwilligersvergoeding.voor(groep.soort, jaar, vastgesteld.bedrag);
        return new VrijwilligersvergoedingResponse(groep.id, jaar, toekenning.bedrag(), groep.soort, toekenning.onderbouwing());
    }
}
