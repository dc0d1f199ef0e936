package nl.participatiesuite.apirules.data;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The hit and miss counters of one of the suite's caches, {@code suite_cache_lookups_total{cache, result}} on
 * /q/metrics: the name and tags that dashboards read are written here once, for every cache.
 */
public final class CacheOpzoekingen {

    private final Counter treffers;
    private final Counter missers;

    /** @param cache the cache's name in the {@code cache} tag, e.g. {@code weergaven} */
    public CacheOpzoekingen(MeterRegistry meters, String cache) {
        this.treffers = meters.counter("suite.cache.lookups", "cache", cache, "result", "hit");
        this.missers = meters.counter("suite.cache.lookups", "cache", cache, "result", "miss");
    }

    public void treffer() {
        treffers.increment();
    }

    public void misser() {
        missers.increment();
    }
}
