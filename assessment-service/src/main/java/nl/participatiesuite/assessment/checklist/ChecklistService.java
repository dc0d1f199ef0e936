package nl.participatiesuite.assessment.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.assessment.beoordeling.Beoordeling;
import nl.participatiesuite.assessment.beoordeling.Beoordelingen;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.common.Overtredingen;
import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.engine.checklist.Checklist;
import nl.participatiesuite.assessment.engine.checklist.ChecklistInvuller;
import nl.participatiesuite.assessment.engine.checklist.Handreiking;

/**
 * The handreiking checklist of a beoordeling: computed answers from the outcome, the team's answers on top. It is
 * part of its beoordeling: read by the beoordeling's own gemeente, changed by a medewerker of it (domain.md §4),
 * and its changes are in the beoordeling's audit trail.
 */
@ApplicationScoped
public class ChecklistService {

    static final int MAXIMALE_LENGTE = 4000;

    private final JsonKolommen json;
    private final Beller beller;

    ChecklistService(JsonKolommen json, Beller beller) {
        this.json = json;
        this.beller = beller;
    }

    ChecklistStand checklist(UUID beoordelingId) {
        Beoordeling beoordeling = Beoordelingen.existing(beoordelingId);
        beller.controleerLezen(beoordeling.gemeente);
        return stand(beoordeling);
    }

    /** Merges the team's answers; If-Match (the beoordeling's version) is checked in the writing transaction. */
    @Transactional
    ChecklistStand wijzig(UUID beoordelingId, String ifMatch, ChecklistWijziging wijziging) {
        Beoordeling beoordeling = Beoordelingen.existing(beoordelingId);
        beller.controleerSchrijven(beoordeling.gemeente);
        Preconditions.requireMatch(ifMatch, beoordeling.versie);
        Handreiking handreiking = Handreiking.voor(beoordeling.leesInvoer(json).initiatiefnemer());
        List<Problem.InvalidParam> problemen = new ArrayList<>(
                Overtredingen.alsInvalidParams(ChecklistInvuller.valideerAntwoorden(handreiking, wijziging.antwoorden()), ""));
        wijziging.antwoorden().forEach((sleutel, antwoord) -> {
            if (antwoord != null && antwoord.length() > MAXIMALE_LENGTE) {
                problemen.add(new Problem.InvalidParam("antwoorden." + sleutel, InvalidParamCode.SIZE,
                        "Een antwoord is hoogstens " + MAXIMALE_LENGTE + " tekens."));
            }
        });
        if (!problemen.isEmpty()) {
            throw ProblemException.invalid(problemen);
        }
        ChecklistMapper.apply(wijziging, beoordeling, json);
        beoordeling.flush();
        return stand(beoordeling);
    }

    private ChecklistStand stand(Beoordeling beoordeling) {
        return new ChecklistStand(beoordeling.id, beoordeling.versie, checklist(beoordeling));
    }

    /** The checklist of a beoordeling the caller already may read (the samenwerkingsplan lists its open items). */
    public Checklist checklist(Beoordeling beoordeling) {
        BeoordelingInvoer invoer = beoordeling.leesInvoer(json);
        Handreiking handreiking = Handreiking.voor(invoer.initiatiefnemer());
        return ChecklistInvuller.vul(invoer, beoordeling.leesUitkomst(json),
                bekend(handreiking, ChecklistMapper.antwoorden(beoordeling, json)));
    }

    /**
     * Answers stay stored when a replacement switches to the other handreiking (the team's work is not thrown
     * away, and returns if the switch is undone); only the questions of the current one are shown.
     */
    private static Map<String, String> bekend(Handreiking handreiking, Map<String, String> antwoorden) {
        Map<String, String> bekend = new TreeMap<>();
        antwoorden.forEach((sleutel, antwoord) -> {
            if (ChecklistInvuller.valideerAntwoorden(handreiking, Map.of(sleutel, antwoord)).isEmpty()) {
                bekend.put(sleutel, antwoord);
            }
        });
        return bekend;
    }
}
