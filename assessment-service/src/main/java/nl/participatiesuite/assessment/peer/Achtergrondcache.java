package nl.participatiesuite.assessment.peer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.participatiesuite.apirules.data.CacheOpzoekingen;

/**
 * Answers of another service kept for the hot path, with bounded staleness (issue 9): a computation reads what is
 * here and never waits for the peer, except once for a key nobody asked for before (a cold miss: one bounded load
 * through the peer client's own fault tolerance). Everything in use is loaded again in the background
 * ({@link #vernieuwAlles}, on a schedule; {@link #vernieuw} for what a notification names). A failed load keeps the
 * last known answer and marks it {@link Actualiteitsstatus#VEROUDERD}, so a peer that is down or hangs costs the
 * computations nothing; an answer older than the maximum age is also VEROUDERD. A computation that finds a failed entry
 * whose last attempt is older than {@code opnieuwNa} starts one more load in the background and does not wait for it
 * (so a peer that was slow at the first request is not left ONBESCHIKBAAR until the next scheduled refresh). Keys
 * nobody read for a while are dropped, and the number of keys is capped, so ids a client makes up cannot fill the
 * memory.
 *
 * @param <S> the key (what was asked)
 * @param <W> the peer's answer
 */
final class Achtergrondcache<S, W> {

    /** One bounded load from the peer: the answer, or empty when the peer gave none (down, slow, refused). */
    interface Lader<S, W> extends Function<S, Optional<W>> {
    }

    /** What a computation reads: the answer (null when it never loaded), when it was loaded, how fresh it is. */
    record Gelezen<W>(W waarde, Instant bijgewerktOp, Actualiteitsstatus status) {
    }

    /**
     * The last answer, when it was given, and whether the last attempt (at {@code pogingOp}) to renew it failed;
     * immutable, so readers see one whole state.
     */
    private record Stand<W>(W waarde, Instant bijgewerktOp, boolean laatstePogingMislukt, Instant pogingOp) {
    }

    private static final class Ingang<W> {
        volatile Stand<W> stand;
        volatile Instant gelezenOp;
        /** A background load for this key is under way: one at a time. */
        final AtomicBoolean bezig = new AtomicBoolean();

        Ingang(Stand<W> stand, Instant gelezenOp) {
            this.stand = stand;
            this.gelezenOp = gelezenOp;
        }
    }

    /** The settings of one cache (see application.properties). */
    record Instelling(Duration maximaleLeeftijd, Duration opnieuwNa, Duration ongebruiktNa, int maximumAantal) {
    }

    private final Map<S, Ingang<W>> ingangen = new ConcurrentHashMap<>();
    private final Lader<S, W> lader;
    private final Supplier<Instant> klok;
    private final Executor achtergrond;
    private final Instelling instelling;
    private final CacheOpzoekingen opzoekingen;
    private final Counter verversingenGelukt;
    private final Counter verversingenMislukt;

    /**
     * @param klok        now (the service's Klok)
     * @param achtergrond where a failed entry is loaded again when a computation finds it due
     */
    Achtergrondcache(String naam, Lader<S, W> lader, Supplier<Instant> klok, Executor achtergrond, Instelling instelling,
            MeterRegistry meters) {
        this.lader = lader;
        this.klok = klok;
        this.achtergrond = achtergrond;
        this.instelling = instelling;
        this.opzoekingen = new CacheOpzoekingen(meters, naam);
        this.verversingenGelukt = meters.counter("suite.cache.refreshes", "cache", naam, "result", "success");
        this.verversingenMislukt = meters.counter("suite.cache.refreshes", "cache", naam, "result", "failure");
    }

    /** For a computation: what is known, loading it once (bounded) only when nothing was ever asked for this key. */
    Gelezen<W> lees(S sleutel) {
        Instant nu = klok.get();
        Ingang<W> ingang = ingangen.get(sleutel);
        if (ingang != null) {
            opzoekingen.treffer();
            ingang.gelezenOp = nu;
            Stand<W> stand = ingang.stand;
            if (stand.laatstePogingMislukt() && !stand.pogingOp().plus(instelling.opnieuwNa()).isAfter(nu)) {
                opnieuwOpDeAchtergrond(sleutel, ingang);
            }
            return gelezen(stand, nu);
        }
        opzoekingen.misser();
        Stand<W> stand = laad(sleutel, null);
        if (ingangen.size() < instelling.maximumAantal()) {
            // A concurrent miss may have stored one already: keep the first, both are equally fresh.
            ingangen.putIfAbsent(sleutel, new Ingang<>(stand, nu));
        }
        return gelezen(stand, nu);
    }

    private void opnieuwOpDeAchtergrond(S sleutel, Ingang<W> ingang) {
        if (!ingang.bezig.compareAndSet(false, true)) {
            return;
        }
        try {
            achtergrond.execute(() -> {
                try {
                    ingang.stand = laad(sleutel, ingang.stand);
                } finally {
                    ingang.bezig.set(false);
                }
            });
        } catch (RejectedExecutionException vol) {
            // The background is busy with other peers' loads: the next computation or the schedule tries again.
            ingang.bezig.set(false);
        }
    }

    /** Loads every key that matches again now (bounded per key); a failure keeps the last known answer. */
    void vernieuw(Predicate<S> welke) {
        List<S> sleutels = ingangen.keySet().stream().filter(welke).toList();
        for (S sleutel : sleutels) {
            Ingang<W> ingang = ingangen.get(sleutel);
            if (ingang != null) {
                ingang.stand = laad(sleutel, ingang.stand);
            }
        }
    }

    /** Drops the keys nobody read for a while, then loads the others again. */
    void vernieuwAlles() {
        Instant grens = klok.get().minus(instelling.ongebruiktNa());
        ingangen.values().removeIf(ingang -> ingang.gelezenOp.isBefore(grens));
        vernieuw(sleutel -> true);
    }

    int aantal() {
        return ingangen.size();
    }

    private Stand<W> laad(S sleutel, Stand<W> vorige) {
        Optional<W> antwoord = lader.apply(sleutel);
        Instant nu = klok.get();
        if (antwoord.isPresent()) {
            verversingenGelukt.increment();
            return new Stand<>(antwoord.get(), nu, false, nu);
        }
        verversingenMislukt.increment();
        return vorige == null ? new Stand<>(null, null, true, nu)
                : new Stand<>(vorige.waarde(), vorige.bijgewerktOp(), true, nu);
    }

    private Gelezen<W> gelezen(Stand<W> stand, Instant nu) {
        if (stand.waarde() == null) {
            return new Gelezen<>(null, null, Actualiteitsstatus.ONBESCHIKBAAR);
        }
        boolean teOud = stand.bijgewerktOp().plus(instelling.maximaleLeeftijd()).isBefore(nu);
        return new Gelezen<>(stand.waarde(), stand.bijgewerktOp(),
                stand.laatstePogingMislukt() || teOud ? Actualiteitsstatus.VEROUDERD : Actualiteitsstatus.ACTUEEL);
    }
}
