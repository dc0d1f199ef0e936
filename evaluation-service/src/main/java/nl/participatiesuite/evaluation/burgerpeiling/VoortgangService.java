package nl.participatiesuite.evaluation.burgerpeiling;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Loads a gemeente's stellingen with their metingen and doelen in three queries; {@link StellingVoortgang} applies the rule. */
@ApplicationScoped
public class VoortgangService {

    public StellingVoortgang voortgang(UUID stellingId) {
        Stelling stelling = Stellingen.existing(stellingId);
        return voortgang(List.of(stelling)).get(0);
    }

    public BurgerpeilingOverzicht overzicht(String gemeente) {
        List<Stelling> stellingen = Stelling.list("gemeente", Sort.by("nummer").and("id"), gemeente);
        if (stellingen.isEmpty()) {
            throw ProblemException.notFound("Burgerpeiling van gemeente", gemeente);
        }
        return new BurgerpeilingOverzicht(gemeente, voortgang(stellingen));
    }

    private static List<StellingVoortgang> voortgang(List<Stelling> stellingen) {
        List<UUID> ids = stellingen.stream().map(s -> s.id).toList();
        Map<UUID, List<Meting>> metingen = Meting.<Meting>list("stellingId in ?1", Sort.by("jaar").and("id"), ids).stream()
                .collect(Collectors.groupingBy(m -> m.stellingId));
        Map<UUID, List<Doel>> doelen = Doel.<Doel>list("stellingId in ?1", Sort.by("jaar").and("id"), ids).stream()
                .collect(Collectors.groupingBy(d -> d.stellingId));
        return stellingen.stream()
                .map(s -> StellingVoortgang.of(s, metingen.getOrDefault(s.id, List.of()), doelen.getOrDefault(s.id, List.of())))
                .toList();
    }
}
