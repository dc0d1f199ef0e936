package nl.participatiesuite.assessment.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The freshness rule of the peer caches (issue 9), with a clock the test sets and background work run at once:
 * ACTUEEL while the last load worked and is younger than the maximum age, VEROUDERD after a failed refresh or when
 * older, ONBESCHIKBAAR when it never loaded; a failed entry is tried again only after {@code opnieuwNa}; unread
 * entries are dropped; the number of entries is capped.
 */
class AchtergrondcacheTest {

    private static final Instant BEGIN = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration MAXIMALE_LEEFTIJD = Duration.ofMinutes(15);
    private static final Duration OPNIEUW_NA = Duration.ofSeconds(30);

    private final AtomicReference<Instant> nu = new AtomicReference<>(BEGIN);
    /** What the peer answers next: an answer, or empty when it is down. */
    private final AtomicReference<Optional<String>> peer = new AtomicReference<>(Optional.of("eerste"));
    private final List<String> geladen = new ArrayList<>();

    private Achtergrondcache<String, String> cache(int maximumAantal) {
        return new Achtergrondcache<>("test", sleutel -> {
            geladen.add(sleutel);
            return peer.get();
        }, nu::get, Runnable::run, new Achtergrondcache.Instelling(MAXIMALE_LEEFTIJD, OPNIEUW_NA, Duration.ofHours(24),
                maximumAantal), new SimpleMeterRegistry());
    }

    /**
     * @param eersteLaadtGoed whether the peer answered the first (cold) load
     * @param verversingGoed  whether a later refresh worked (null: no refresh)
     * @param later           time after the first load when the computation reads
     */
    static Stream<Arguments> actualiteit() {
        return Stream.of(
                Arguments.of(true, null, Duration.ZERO, Actualiteitsstatus.ACTUEEL),
                Arguments.of(true, null, MAXIMALE_LEEFTIJD, Actualiteitsstatus.ACTUEEL),
                Arguments.of(true, null, MAXIMALE_LEEFTIJD.plusSeconds(1), Actualiteitsstatus.VEROUDERD),
                Arguments.of(true, false, Duration.ZERO, Actualiteitsstatus.VEROUDERD),
                Arguments.of(true, true, Duration.ZERO, Actualiteitsstatus.ACTUEEL),
                Arguments.of(false, null, Duration.ZERO, Actualiteitsstatus.ONBESCHIKBAAR),
                Arguments.of(false, false, Duration.ZERO, Actualiteitsstatus.ONBESCHIKBAAR),
                Arguments.of(false, true, Duration.ZERO, Actualiteitsstatus.ACTUEEL));
    }

    @ParameterizedTest(name = "eerste {0}, verversing {1}, {2} later: {3}")
    @MethodSource("actualiteit")
    void hoeActueelEenAntwoordIs(boolean eersteLaadtGoed, Boolean verversingGoed, Duration later,
            Actualiteitsstatus verwacht) {
        Achtergrondcache<String, String> cache = cache(10);
        peer.set(eersteLaadtGoed ? Optional.of("eerste") : Optional.empty());
        cache.lees("GM0214");
        if (verversingGoed != null) {
            peer.set(verversingGoed ? Optional.of("tweede") : Optional.empty());
            cache.vernieuwAlles();
        }
        nu.set(BEGIN.plus(later));
        assertEquals(verwacht, cache.lees("GM0214").status());
    }

    @Test
    void eenMislukteVerversingHoudtHetLaatsteAntwoordEnZijnMoment() {
        Achtergrondcache<String, String> cache = cache(10);
        cache.lees("GM0214");
        nu.set(BEGIN.plusSeconds(60));
        peer.set(Optional.empty());
        cache.vernieuw("GM0214"::equals);

        Achtergrondcache.Gelezen<String> gelezen = cache.lees("GM0214");
        assertEquals("eerste", gelezen.waarde());
        assertEquals(BEGIN, gelezen.bijgewerktOp());
    }

    @Test
    void eenMislukteIngangWordtPasNaOpnieuwNaOpDeAchtergrondOpnieuwGeladen() {
        Achtergrondcache<String, String> cache = cache(10);
        peer.set(Optional.empty());
        cache.lees("GM0214");
        peer.set(Optional.of("later"));

        nu.set(BEGIN.plus(OPNIEUW_NA).minusSeconds(1));
        assertNull(cache.lees("GM0214").waarde());
        assertEquals(1, geladen.size(), "te vroeg opnieuw geladen");

        nu.set(BEGIN.plus(OPNIEUW_NA));
        // This computation answers with what was there; the load it started (run at once here) serves the next one.
        assertEquals(Actualiteitsstatus.ONBESCHIKBAAR, cache.lees("GM0214").status());
        assertEquals(2, geladen.size());
        assertEquals("later", cache.lees("GM0214").waarde());
        assertEquals(2, geladen.size(), "een gelukte ingang wordt niet bij elke berekening geladen");
    }

    @Test
    void ongelezenIngangenVervallenEnDeAndereWordenVerversd() {
        Achtergrondcache<String, String> cache = cache(10);
        cache.lees("GM0214");
        nu.set(BEGIN.plus(Duration.ofHours(23)));
        cache.lees("GM0216");
        nu.set(BEGIN.plus(Duration.ofHours(25)));
        geladen.clear();

        cache.vernieuwAlles();
        assertEquals(List.of("GM0216"), geladen);
        assertEquals(1, cache.aantal());
    }

    @Test
    void hetAantalIngangenIsBegrensd() {
        Achtergrondcache<String, String> cache = cache(2);
        for (String sleutel : List.of("a", "b", "c")) {
            assertEquals("eerste", cache.lees(sleutel).waarde());
        }
        assertEquals(2, cache.aantal());
        geladen.clear();
        cache.lees("c");
        assertEquals(List.of("c"), geladen, "boven het maximum wordt niets bewaard, maar wel geantwoord");
    }
}
