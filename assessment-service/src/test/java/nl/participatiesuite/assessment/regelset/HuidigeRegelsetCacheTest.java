package nl.participatiesuite.assessment.regelset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.participatiesuite.assessment.engine.Regelset;
import org.junit.jupiter.api.Test;

/**
 * The current rule set per gemeente is kept at most hoogstensOud: what another replica publishes counts after that
 * bound, what this replica publishes at once, and a read that overlapped a publication is not kept.
 */
class HuidigeRegelsetCacheTest {

    private static final Duration EEN_SECONDE = Duration.ofSeconds(1);
    private static final Instant BEGIN = Instant.parse("2026-12-02T09:00:00Z");

    /** The published versions per gemeente ("the database"), and how often the cache read it. */
    private final Map<String, Integer> gepubliceerd = new ConcurrentHashMap<>();
    private final AtomicInteger gelezen = new AtomicInteger();
    private final AtomicReference<Instant> nu = new AtomicReference<>(BEGIN);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private HuidigeRegelsetCache cache(Duration hoogstensOud) {
        return new HuidigeRegelsetCache(gemeente -> {
            gelezen.incrementAndGet();
            return versie(gemeente, gepubliceerd.getOrDefault(gemeente, 0));
        }, nu::get, hoogstensOud, meters);
    }

    private static GekozenRegelset versie(String gemeente, int versie) {
        return versie == 0 ? GekozenRegelset.standaard()
                : new GekozenRegelset(UUID.randomUUID(), gemeente, versie, Regelset.standaard());
    }

    private record Geval(String naam, Duration hoogstensOud, Duration later, boolean andereReplicaPubliceert,
            int verwachteVersie, int verwachtAantalLezingen) {
    }

    @Test
    void eenPublicatieVanEenAndereReplicaTeltNaHoogstensOud() {
        List<Geval> gevallen = List.of(
                new Geval("binnen de grens: bewaard", EEN_SECONDE, Duration.ofMillis(999), false, 1, 1),
                new Geval("binnen de grens mist de andere replica", EEN_SECONDE, Duration.ofMillis(999), true, 1, 1),
                new Geval("op de grens: opnieuw gelezen", EEN_SECONDE, EEN_SECONDE, true, 2, 2),
                new Geval("na de grens: opnieuw gelezen", EEN_SECONDE, Duration.ofMinutes(5), false, 1, 2),
                new Geval("nul: altijd gelezen", Duration.ZERO, Duration.ZERO, true, 2, 2));
        for (Geval geval : gevallen) {
            gepubliceerd.clear();
            gelezen.set(0);
            nu.set(BEGIN);
            gepubliceerd.put("GM0214", 1);
            HuidigeRegelsetCache cache = cache(geval.hoogstensOud());
            assertEquals(1, cache.huidige("GM0214").versie(), geval.naam());

            nu.set(BEGIN.plus(geval.later()));
            if (geval.andereReplicaPubliceert()) {
                gepubliceerd.put("GM0214", 2);
            }
            assertEquals(geval.verwachteVersie(), cache.huidige("GM0214").versie(), geval.naam());
            assertEquals(geval.verwachtAantalLezingen(), gelezen.get(), geval.naam());
        }
    }

    @Test
    void eenPublicatieInDezeReplicaTeltMeteen() {
        HuidigeRegelsetCache cache = cache(EEN_SECONDE);
        assertEquals("standaard", naam(cache.huidige("GM0214")));
        assertEquals("standaard", naam(cache.huidige("GM0299")));

        gepubliceerd.put("GM0214", 1);
        cache.vergeet("GM0214");

        assertEquals("GM0214-1", naam(cache.huidige("GM0214")));
        assertEquals("standaard", naam(cache.huidige("GM0299")), "another gemeente keeps its entry");
        assertEquals(3, gelezen.get());
        assertEquals(1.0, meters.counter("suite.cache.lookups", "cache", "regelsets", "result", "hit").count());
        assertEquals(3.0, meters.counter("suite.cache.lookups", "cache", "regelsets", "result", "miss").count());
    }

    @Test
    void eenLezingDieEenPublicatieOverlapteWordtNietBewaard() {
        AtomicReference<HuidigeRegelsetCache> cache = new AtomicReference<>();
        AtomicInteger lezingen = new AtomicInteger();
        cache.set(new HuidigeRegelsetCache(gemeente -> {
            // The first read sees version 1 while the publication of version 2 commits and is announced.
            if (lezingen.incrementAndGet() == 1) {
                cache.get().vergeet(gemeente);
                return versie(gemeente, 1);
            }
            return versie(gemeente, 2);
        }, nu::get, EEN_SECONDE, meters));

        assertEquals(1, cache.get().huidige("GM0214").versie(), "the overlapping read answers what it read");
        assertEquals(2, cache.get().huidige("GM0214").versie(), "but it was not kept");
        assertEquals(2, cache.get().huidige("GM0214").versie());
        assertEquals(2, lezingen.get());
    }

    private static String naam(GekozenRegelset regelset) {
        return regelset.gemeente() == null ? "standaard" : GekozenRegelset.label(regelset.gemeente(), regelset.versie());
    }
}
