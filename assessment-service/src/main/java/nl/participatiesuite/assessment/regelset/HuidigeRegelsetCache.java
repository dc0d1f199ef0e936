package nl.participatiesuite.assessment.regelset;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.participatiesuite.apirules.data.CacheOpzoekingen;

/**
 * The rule set that applies to each gemeente now, kept for at most {@code hoogstensOud} (issue 9). Looking it up was a
 * database round trip in every computation, and a computation needs no other: without it a {@code _bereken} holds no
 * connection at all. A publication in this replica takes effect at once ({@link #vergeet}, after its commit); one in
 * another replica within {@code hoogstensOud}. Every outcome records the version it used, so a stale one is visible.
 * Keys are valid gemeente codes (GM and four digits), so the map holds at most 10 000 small entries.
 */
final class HuidigeRegelsetCache {

    private record Bewaard(GekozenRegelset regelset, Instant gelezenOp) {
    }

    private final Map<String, Bewaard> bewaard = new ConcurrentHashMap<>();
    /** Raised by every publication: a load that saw a raise while it ran is not kept (it may predate the commit). */
    private final AtomicLong publicaties = new AtomicLong();
    private final Function<String, GekozenRegelset> lader;
    private final Supplier<Instant> klok;
    private final Duration hoogstensOud;
    private final CacheOpzoekingen opzoekingen;

    /**
     * @param lader        reads the gemeente's current rule set from the database
     * @param klok         now (the service's Klok)
     * @param hoogstensOud how long another replica's publication may go unseen; zero keeps nothing
     */
    HuidigeRegelsetCache(Function<String, GekozenRegelset> lader, Supplier<Instant> klok, Duration hoogstensOud,
            MeterRegistry meters) {
        this.lader = lader;
        this.klok = klok;
        this.hoogstensOud = hoogstensOud;
        this.opzoekingen = new CacheOpzoekingen(meters, "regelsets");
    }

    GekozenRegelset huidige(String gemeente) {
        Instant nu = klok.get();
        Bewaard gevonden = bewaard.get(gemeente);
        if (gevonden != null && nu.isBefore(gevonden.gelezenOp().plus(hoogstensOud))) {
            opzoekingen.treffer();
            return gevonden.regelset();
        }
        opzoekingen.misser();
        long voorHetLezen = publicaties.get();
        // The moment before the read: the entry never counts as fresher than what the database said.
        Bewaard gelezen = new Bewaard(lader.apply(gemeente), nu);
        bewaard.put(gemeente, gelezen);
        if (publicaties.get() != voorHetLezen) {
            // A publication committed while this read ran: drop what it read. Checked after the put, so a
            // publication that comes later still finds the entry and removes it in vergeet.
            bewaard.remove(gemeente, gelezen);
        }
        return gelezen.regelset();
    }

    /** A new version of the gemeente's rule set is committed: the next computation reads it. */
    void vergeet(String gemeente) {
        publicaties.incrementAndGet();
        bewaard.remove(gemeente);
    }
}
