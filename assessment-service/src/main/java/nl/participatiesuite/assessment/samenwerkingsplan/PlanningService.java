package nl.participatiesuite.assessment.samenwerkingsplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.assessment.beoordeling.Beoordeling;
import nl.participatiesuite.assessment.beoordeling.Beoordelingen;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.assessment.engine.WerkvormAdvies;

/**
 * The planning of step 4 of a beoordeling. It is part of its beoordeling (domain.md §4): read by the beoordeling's own
 * gemeente, changed by a medewerker of it with the beoordeling's version as If-Match, and its changes are in the
 * beoordeling's audit trail.
 */
@ApplicationScoped
public class PlanningService {

    private final JsonKolommen json;
    private final Beller beller;

    PlanningService(JsonKolommen json, Beller beller) {
        this.json = json;
        this.beller = beller;
    }

    PlanningStand planning(UUID beoordelingId) {
        Beoordeling beoordeling = Beoordelingen.existing(beoordelingId);
        beller.controleerLezen(beoordeling.gemeente);
        return stand(beoordeling);
    }

    /**
     * Replaces the planning: 404, 403, then (in this transaction) 428/412, then 400 naming every activiteit whose
     * belanghebbende is not in the beoordeling's belangenanalyse.
     */
    @Transactional
    PlanningStand vervang(UUID beoordelingId, String ifMatch, PlanningRequest request) {
        Beoordeling beoordeling = Beoordelingen.existing(beoordelingId);
        beller.controleerSchrijven(beoordeling.gemeente);
        Preconditions.requireMatch(ifMatch, beoordeling.versie);
        Map<String, Set<String>> advies = advies(beoordeling.leesUitkomst(json));
        List<Problem.InvalidParam> problemen = new ArrayList<>();
        List<PlanningRequest.Activiteit> activiteiten = request.activiteiten() == null ? List.of() : request.activiteiten();
        for (int i = 0; i < activiteiten.size(); i++) {
            String naam = Tekst.normaliseer(activiteiten.get(i).belanghebbende());
            if (naam != null && !advies.containsKey(naam)) {
                // A belanghebbende is a group or organisation, never a person (engine.Belanghebbende): naming it is safe.
                problemen.add(new Problem.InvalidParam("activiteiten[" + i + "].belanghebbende", InvalidParamCode.UNKNOWN,
                        "'" + naam + "' staat niet in de belangenanalyse van deze beoordeling; kies een van: "
                                + String.join(", ", advies.keySet()) + "."));
            }
        }
        if (!problemen.isEmpty()) {
            throw ProblemException.invalid(problemen);
        }
        PlanningMapper.apply(request, advies, beoordeling, json);
        beoordeling.flush();
        return stand(beoordeling);
    }

    /** Per belanghebbende of the belangenanalyse, in its order: the werkvormen step 4 advises for their level. */
    static Map<String, Set<String>> advies(Uitkomst uitkomst) {
        Map<String, Set<String>> advies = new LinkedHashMap<>();
        uitkomst.stap3().belanghebbenden().forEach(b -> advies.put(b.naam(), new LinkedHashSet<>()));
        uitkomst.stap4().perBelanghebbende().forEach(p -> advies.computeIfAbsent(p.naam(), n -> new LinkedHashSet<>())
                .addAll(p.werkvormen().stream().map(WerkvormAdvies::naam).toList()));
        return advies;
    }

    private PlanningStand stand(Beoordeling beoordeling) {
        return new PlanningStand(beoordeling.id, beoordeling.gemeente, beoordeling.versie,
                PlanningMapper.planning(beoordeling, json));
    }
}
