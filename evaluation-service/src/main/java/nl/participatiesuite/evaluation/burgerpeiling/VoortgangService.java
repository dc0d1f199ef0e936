package nl.participatiesuite.evaluation.burgerpeiling;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.evaluation.regels.Benchmark;
import nl.participatiesuite.evaluation.regels.DoelVoortgang;
import nl.participatiesuite.evaluation.regels.Meetpunt;

/** Loads a gemeente's stellingen with their metingen and doelen in three queries and applies {@link DoelVoortgang}. */
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
        Map<UUID, List<Meting>> metingen = Meting.<Meting>list("stellingId in ?1", Sort.by("jaar"), ids).stream()
                .collect(Collectors.groupingBy(m -> m.stellingId));
        Map<UUID, List<Doel>> doelen = Doel.<Doel>list("stellingId in ?1", Sort.by("jaar").and("id"), ids).stream()
                .collect(Collectors.groupingBy(d -> d.stellingId));
        return stellingen.stream()
                .map(s -> voortgang(s, metingen.getOrDefault(s.id, List.of()), doelen.getOrDefault(s.id, List.of())))
                .toList();
    }

    private static StellingVoortgang voortgang(Stelling stelling, List<Meting> metingen, List<Doel> doelen) {
        List<Meetpunt> punten = metingen.stream().map(Meting::meetpunt).toList();
        Meting laatste = metingen.stream().max(Comparator.comparingInt(m -> m.jaar)).orElse(null);
        List<StellingVoortgang.DoelStand> standen = doelen.stream()
                .map(d -> StellingVoortgang.DoelStand.of(d, DoelVoortgang.bereken(punten, d.meetpunt())))
                .toList();
        return new StellingVoortgang(stelling.id, stelling.nummer, stelling.tekst, stelling.eenheid,
                laatste == null ? null : StellingVoortgang.Punt.of(laatste.meetpunt()),
                laatste == null ? null : laatste.benchmark,
                laatste == null ? null : Benchmark.verschil(laatste.waarde, laatste.benchmark), standen);
    }
}
