package nl.participatiesuite.assessment.samenwerkingsplan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.assessment.beoordeling.Beoordeling;
import nl.participatiesuite.assessment.common.JsonKolommen;

/** Request to entity: the team's planning replaces the stored one, its text normalised. */
final class PlanningMapper {

    private PlanningMapper() {
    }

    /**
     * @param advies per belanghebbende (as named in the belangenanalyse) the werkvormen step 4 advises for them
     */
    static void apply(PlanningRequest request, Map<String, Set<String>> advies, Beoordeling beoordeling, JsonKolommen json) {
        List<Planning.GeplandeActiviteit> activiteiten = lijst(request.activiteiten()).stream()
                .map(a -> {
                    String belanghebbende = Tekst.normaliseer(a.belanghebbende());
                    String werkvorm = Tekst.normaliseer(a.werkvorm());
                    boolean uitMatrix = advies.getOrDefault(belanghebbende, Set.of()).stream()
                            .anyMatch(w -> w.equalsIgnoreCase(werkvorm));
                    return new Planning.GeplandeActiviteit(belanghebbende, werkvorm, uitMatrix,
                            Tekst.normaliseer(a.toelichting()), a.wanneer());
                })
                .toList();
        List<Planning.Communicatiemoment> communicatie = lijst(request.communicatie()).stream()
                .map(c -> new Planning.Communicatiemoment(Tekst.normaliseer(c.informatiemiddel()),
                        Tekst.normaliseer(c.doelgroep()), c.moment()))
                .toList();
        beoordeling.planning = json.schrijf(new Planning(activiteiten, communicatie));
    }

    static Planning planning(Beoordeling beoordeling, JsonKolommen json) {
        return json.lees(beoordeling.planning, Planning.class);
    }

    private static <T> List<T> lijst(List<T> lijst) {
        return lijst == null ? List.of() : lijst;
    }
}
