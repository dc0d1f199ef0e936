package nl.participatiesuite.apirules.notificaties;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * This pod's dispatcher: a thread that hands out the outbox and gives each abonnement with work its own task, so a slow
 * or failing subscriber delays only itself, never the writes (they only add an outbox row) nor other subscribers. Any
 * number of pods run one; {@link Verzendronde} keeps them from doing the same work twice at the same time.
 */
@ApplicationScoped
public class Verzender {

    private static final Logger LOG = Logger.getLogger(Verzender.class);
    private static final Duration OPRUIMEN_ELKE = Duration.ofMinutes(1);

    private final Instellingen instellingen;
    private final Verzendronde ronde;
    private final Set<UUID> bezig = ConcurrentHashMap.newKeySet();
    private volatile boolean stoppen;
    private Thread lus;
    private ExecutorService leveraars;
    private long laatstOpgeruimd = System.nanoTime() - OPRUIMEN_ELKE.toNanos();

    Verzender(DataSource dataSource, Instellingen instellingen) {
        this.instellingen = instellingen;
        this.ronde = new Verzendronde(dataSource, instellingen);
    }

    void start(@Observes StartupEvent start) {
        if (!instellingen.verzenden()) {
            return;
        }
        leveraars = Executors.newFixedThreadPool(instellingen.gelijktijdig(), taak -> {
            Thread thread = new Thread(taak, "notificaties-aflevering");
            thread.setDaemon(true);
            return thread;
        });
        lus = new Thread(this::lus, "notificaties-verzender");
        lus.setDaemon(true);
        lus.start();
    }

    /** Stops taking new work; deliveries under way get the subscriber's timeout to finish (and are sent again if not). */
    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        stoppen = true;
        if (lus != null) {
            lus.interrupt();
            leveraars.shutdown();
            leveraars.awaitTermination(instellingen.timeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void lus() {
        while (!stoppen) {
            boolean werk;
            try {
                werk = ronde();
            } catch (SQLException | RuntimeException e) {
                // The database may be away for a moment; the outbox keeps everything until it is back.
                LOG.warnf("Notificaties: ronde mislukt (%s); opnieuw na %s", e.getClass().getSimpleName(), instellingen.interval());
                werk = false;
            }
            if (!werk) {
                try {
                    Thread.sleep(instellingen.interval().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One round: hand out, start a task per abonnement with work due, now and then clean up. True when there was work. */
    boolean ronde() throws SQLException {
        int verdeeld = ronde.verdeel();
        for (UUID abonnement : ronde.abonnementenMetWerk()) {
            if (bezig.add(abonnement)) {
                try {
                    leveraars.execute(() -> lever(abonnement));
                } catch (RejectedExecutionException e) {
                    bezig.remove(abonnement);
                }
            }
        }
        // Elapsed time of this process, not the time of day (Klok): how often to clean, not when something happened.
        if (System.nanoTime() - laatstOpgeruimd > OPRUIMEN_ELKE.toNanos()) {
            laatstOpgeruimd = System.nanoTime();
            ronde.ruimOp();
        }
        // Only new outbox rows count as work: a round that only started tasks waits, so a subscriber that keeps failing
        // is not asked again in a tight loop (its retries are due later anyway).
        return verdeeld > 0;
    }

    private void lever(UUID abonnement) {
        try {
            ronde.lever(abonnement);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Notificaties: aflevering aan abonnement %s mislukt (%s)", abonnement, e.getClass().getSimpleName());
        } finally {
            bezig.remove(abonnement);
        }
    }
}
