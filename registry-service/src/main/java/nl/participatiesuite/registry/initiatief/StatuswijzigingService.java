package nl.participatiesuite.registry.initiatief;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.regels.InitiatiefLevenscyclus;
import nl.participatiesuite.registry.regels.InitiatiefStatus;
import nl.participatiesuite.registry.regels.StatusovergangNietToegestaan;

/** Moves an initiatief through its lifecycle and keeps the history of every step. */
@ApplicationScoped
public class StatuswijzigingService {

    @Inject
    Klok klok;

    @Inject
    Beller beller;

    /**
     * The initiatief row is locked, so concurrent steps are checked one after the other against the
     * status the previous one left. If-Match is optional here: a client that sends it is protected
     * against acting on a status it has not seen. Who takes the step is the caller (the token), never the body.
     */
    @Transactional
    public InitiatiefStatuswijziging wijzig(UUID initiatiefId, StatuswijzigingRequest request, String ifMatch) {
        Initiatief initiatief = Initiatieven.lockedForUpdate(initiatiefId);
        beller.controleerSchrijven(initiatief.gemeente);
        if (ifMatch != null) {
            Preconditions.requireMatch(ifMatch, initiatief.etagVersie());
        }
        InitiatiefStatus van = initiatief.status;
        InitiatiefStatus naar = request.naar();
        try {
            InitiatiefLevenscyclus.controleer(van, naar);
        } catch (StatusovergangNietToegestaan e) {
            throw ProblemException.conflict("statusovergang-niet-toegestaan", e.getMessage());
        }
        InitiatiefStatuswijziging wijziging = InitiatiefStatuswijziging.nieuw(initiatief, van, naar, klok.nu());
        StatuswijzigingMapper.apply(request, wijziging);
        wijziging.actor = beller.actor();
        initiatief.status = naar;
        wijziging.persist();
        initiatief.flush();
        beller.antwoordHoortBij(initiatief.gemeente);
        return wijziging;
    }

    /**
     * The history in the order it happened. Public like the initiatief; the actors (personal data) only for callers
     * of the initiatief's gemeente: the answer names no gemeente itself, so it is told here.
     */
    public Page<InitiatiefStatuswijziging> geschiedenis(UUID initiatiefId, PageRequest page) {
        beller.antwoordHoortBij(Initiatieven.existing(initiatiefId).gemeente);
        PanacheQuery<InitiatiefStatuswijziging> query = InitiatiefStatuswijziging.find("initiatiefId",
                Sort.by("tijdstip").and("id"), initiatiefId);
        return Paging.page(query, page);
    }

    public InitiatiefStatuswijziging een(UUID initiatiefId, UUID wijzigingId) {
        beller.antwoordHoortBij(Initiatieven.existing(initiatiefId).gemeente);
        InitiatiefStatuswijziging wijziging = InitiatiefStatuswijziging.findById(wijzigingId);
        if (wijziging == null || !wijziging.initiatiefId.equals(initiatiefId)) {
            throw ProblemException.notFound("Statuswijziging", wijzigingId);
        }
        return wijziging;
    }
}
