package nl.participatiesuite.assessment.peer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.assessment.engine.Schaal;
import nl.participatiesuite.assessment.engine.WerkvormEffectiviteit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The werkvorm effectiveness a computation orders its werkvormen by (domain.md §3), kept in this service so that a
 * computation makes no call to the evaluation-service (issue 9). One entry per gemeente, schaal and
 * {@link Werkvormweergave}: the own view is loaded with this service's token and handed only to callers who may see
 * it (the caller decides nothing else: {@link Werkvormweergave#voor}); the public view is loaded without a token. The
 * data changes a few times a week and holds no personal data, so a few minutes' staleness is fine, and the outcome
 * says how fresh it was ({@link Werkvormkennis}).
 *
 * <p>Loaded again in the background every {@code assessment.cache.verversing}; {@link #vernieuw(String)} and
 * {@link #vernieuwAlles()} are for notifications of new evaluaties (issue 12). They call the evaluation-service
 * (bounded, see {@link Evaluaties}), so never call them on a request's path.
 */
@ApplicationScoped
public class WerkvormkennisCache {

    record Sleutel(String gemeente, Schaal schaal, Werkvormweergave weergave) {
    }

    /** Far more than gemeenten × schalen × views: only made-up gemeenten could reach it. */
    private static final int MAXIMUM_AANTAL = 10_000;

    private final Achtergrondcache<Sleutel, WerkvormEffectiviteit> cache;

    WerkvormkennisCache(Evaluaties evaluaties, Klok klok, MeterRegistry meters,
            Achtergrondwerk achtergrond,
            @ConfigProperty(name = "assessment.cache.maximale-leeftijd") Duration maximaleLeeftijd,
            @ConfigProperty(name = "assessment.cache.opnieuw-na") Duration opnieuwNa,
            @ConfigProperty(name = "assessment.cache.ongebruikt-na") Duration ongebruiktNa) {
        this.cache = new Achtergrondcache<>("werkvormkennis", sleutel -> geladen(
                evaluaties.effectiviteit(sleutel.gemeente(), sleutel.schaal(), sleutel.weergave())), klok::nu,
                achtergrond, new Achtergrondcache.Instelling(maximaleLeeftijd, opnieuwNa, ongebruiktNa, MAXIMUM_AANTAL),
                meters);
    }

    /** For one computation; only the first ever for this gemeente, schaal and view waits for the evaluation-service. */
    public Werkvormkennis lees(String gemeente, Schaal schaal, Werkvormweergave weergave) {
        Achtergrondcache.Gelezen<WerkvormEffectiviteit> gelezen = cache.lees(new Sleutel(gemeente, schaal, weergave));
        return new Werkvormkennis(gelezen.waarde() == null ? WerkvormEffectiviteit.onbeschikbaar() : gelezen.waarde(),
                gelezen.bijgewerktOp(), gelezen.status());
    }

    /** Loads this gemeente's entries again (both views, every schaal in use): its evaluaties changed. */
    public void vernieuw(String gemeente) {
        cache.vernieuw(sleutel -> sleutel.gemeente().equals(gemeente));
    }

    /**
     * Loads every entry in use again: a shared report changes the public view of every gemeente. Entries nobody read
     * for {@code assessment.cache.ongebruikt-na} are dropped first.
     */
    public void vernieuwAlles() {
        cache.vernieuwAlles();
    }

    @Scheduled(identity = "werkvormkennis-verversen", every = "${assessment.cache.verversing}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void volgensSchema() {
        vernieuwAlles();
    }

    /** The engine's Onbeschikbaar is the peer client's "no answer" (its fallback): the cache keeps what it had. */
    private static Optional<WerkvormEffectiviteit> geladen(WerkvormEffectiviteit antwoord) {
        return antwoord instanceof WerkvormEffectiviteit.Onbeschikbaar ? Optional.empty() : Optional.of(antwoord);
    }
}
