package nl.participatiesuite.apirules.notificaties;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.ingang.ApiIngang;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.apirules.security.Rollen;

/**
 * Abonnementen, with the rules of domain.md §4 as issue 12 sets them: a beheerder subscribes for the own gemeente only
 * (and so only ever receives that gemeente's notifications); the suite's own services ({@link Rollen#SYSTEEM}) may
 * subscribe for any gemeente or, without one, for all.
 */
@ApplicationScoped
public class AbonnementService {

    @Inject
    Beller beller;

    @Inject
    ApiIngang ingang;

    @Inject
    nl.participatiesuite.apirules.data.Klok klok;

    @Inject
    Instellingen instellingen;

    @Transactional
    public Abonnement create(AbonnementRequest request) {
        controleerGemeente(request.gemeente(), true);
        controleer(request, new ArrayList<>());
        Abonnement abonnement = new Abonnement();
        AbonnementMapper.apply(request, abonnement);
        abonnement.persistAndFlush();
        return abonnement;
    }

    @Transactional
    public Abonnement update(UUID id, AbonnementRequest request, String ifMatch) {
        Abonnement abonnement = Abonnementen.existing(id);
        controleerGemeente(abonnement.gemeente, true);
        Preconditions.requireMatch(ifMatch, abonnement.versie);
        List<Problem.InvalidParam> problemen = new ArrayList<>();
        if (!java.util.Objects.equals(abonnement.gemeente, request.gemeente())) {
            problemen.add(new Problem.InvalidParam("gemeente", InvalidParamCode.IMMUTABLE,
                    "Een abonnement wisselt niet van gemeente; maak een nieuw."));
        }
        controleer(request, problemen);
        AbonnementMapper.apply(request, abonnement);
        abonnement.flush();
        return abonnement;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Abonnement abonnement = Abonnementen.existing(id);
        controleerGemeente(abonnement.gemeente, true);
        Preconditions.requireMatch(ifMatch, abonnement.versie);
        abonnement.delete();
        abonnement.flush();
    }

    public Abonnement get(UUID id) {
        Abonnement abonnement = Abonnementen.existing(id);
        controleerGemeente(abonnement.gemeente, false);
        return abonnement;
    }

    /** A beheerder's list is the own gemeente's; a systeem caller sees all, or one gemeente's. */
    public Page<Abonnement> list(String gemeente, PageRequest page) {
        Sort volgorde = Sort.by("callbackUrl").and("id");
        if (isSysteem()) {
            if (gemeente == null) {
                return Paging.page(Abonnement.findAll(volgorde), page);
            }
            return Paging.page(Abonnement.find("gemeente = :gemeente", volgorde, Parameters.with("gemeente", gemeente)), page);
        }
        PanacheQuery<Abonnement> query = Abonnement.find("gemeente = :gemeente", volgorde,
                Parameters.with("gemeente", beller.eigenGemeente(gemeente)));
        return Paging.page(query, page);
    }

    /** The deliveries of one abonnement, oldest first; with a status, only those (GEPARKEERD: the dead-letter list). */
    public Page<Aflevering> afleveringen(UUID id, Aflevering.Status status, PageRequest page) {
        get(id);
        Sort volgorde = Sort.by("notificatie.volgnummer").and("id");
        if (status == null) {
            return Paging.page(Aflevering.find("abonnementId = ?1", volgorde, id), page);
        }
        return Paging.page(Aflevering.find("abonnementId = ?1 and status = ?2", volgorde, id, status), page);
    }

    /** Offers every parked delivery again, as if new: a fresh retry period. Returns how many. */
    @Transactional
    public int opnieuwAanbieden(UUID id) {
        java.time.Instant nu = klok.nu();
        Abonnement abonnement = Abonnementen.existing(id);
        controleerGemeente(abonnement.gemeente, true);
        List<Aflevering> geparkeerd = Aflevering.list("abonnementId = ?1 and status = ?2", id, Aflevering.Status.GEPARKEERD);
        for (Aflevering aflevering : geparkeerd) {
            aflevering.status = Aflevering.Status.WACHTEND;
            aflevering.pogingen = 0;
            aflevering.aangemaaktOp = nu;
            aflevering.volgendePoging = nu;
        }
        Aflevering.flush();
        return geparkeerd.size();
    }

    private boolean isSysteem() {
        return beller.isSysteem();
    }

    private void controleerGemeente(String gemeente, boolean schrijven) {
        if (isSysteem()) {
            return;
        }
        if (gemeente == null) {
            if (schrijven && beller.gemeente() != null) {
                throw ProblemException.invalid("gemeente", InvalidParamCode.REQUIRED,
                        "Een beheerder abonneert zich op de eigen gemeente: " + beller.gemeente() + ".");
            }
            throw ProblemException.forbidden("andere-gemeente",
                    "Alleen de eigen services van de suite hebben abonnementen op alle gemeenten.");
        }
        if (schrijven) {
            beller.controleerSchrijven(gemeente);
        } else {
            beller.controleerLezen(gemeente);
        }
    }

    private void controleer(AbonnementRequest request, List<Problem.InvalidParam> problemen) {
        // Subscribers outside the suite get their notifications over https only; the suite's own services subscribe
        // each other on the cluster network (the NetworkPolicy), by their Kubernetes service names.
        if (instellingen.alleenHttps() && !isSysteem() && !request.callbackUrl().toLowerCase(java.util.Locale.ROOT).startsWith("https:")) {
            problemen.add(new Problem.InvalidParam("callbackUrl", InvalidParamCode.FORMAT,
                    "callbackUrl moet https zijn: notificaties gaan alleen versleuteld over het netwerk."));
        }
        List<String> kanalen = new ArrayList<>(ingang.collecties());
        kanalen.remove(Abonnement.RESOURCE);
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < request.kanalen().size(); i++) {
            String naam = request.kanalen().get(i).naam();
            if (!kanalen.contains(naam)) {
                problemen.add(new Problem.InvalidParam("kanalen[" + i + "].naam", InvalidParamCode.ENUM,
                        "Onbekend kanaal; deze service heeft: " + String.join(", ", kanalen) + "."));
            } else if (!gezien.add(naam)) {
                problemen.add(new Problem.InvalidParam("kanalen[" + i + "].naam", InvalidParamCode.DUPLICATE,
                        "Elk kanaal één keer; zet meerdere acties in één filter."));
            }
        }
        if (!problemen.isEmpty()) {
            throw ProblemException.invalid(problemen);
        }
    }
}
