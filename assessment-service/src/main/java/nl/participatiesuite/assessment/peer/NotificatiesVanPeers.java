package nl.participatiesuite.assessment.peer;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.participatiesuite.apirules.notificaties.OntvangenNotificatie;

/**
 * What the assessment-service does with the notifications it subscribed to (suite.abonneren in application.properties):
 * a new or changed evaluatie refreshes the werkvorm effectiveness, a changed kern or kernambtenaar that kern's entry. The
 * refreshes run on a thread of their own and coalesce: a burst of a thousand reports is a handful of reloads, not a
 * thousand. The caches' time-based refresh stays as the safety net for a notification that never came.
 */
@ApplicationScoped
public class NotificatiesVanPeers {

    private final WerkvormkennisCache werkvormkennis;
    private final KernregisterCache kernregister;
    private final ExecutorService verversing = Executors.newSingleThreadExecutor(taak -> {
        Thread thread = new Thread(taak, "notificaties-verversing");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean werkvormkennisVerouderd = new AtomicBoolean();
    private final Set<UUID> verouderdeKernen = ConcurrentHashMap.newKeySet();

    NotificatiesVanPeers(WerkvormkennisCache werkvormkennis, KernregisterCache kernregister) {
        this.werkvormkennis = werkvormkennis;
        this.kernregister = kernregister;
    }

    void ontvangen(@Observes OntvangenNotificatie notificatie) {
        switch (notificatie.kanaal()) {
            // A report of one gemeente, once shared, counts in the public view of every gemeente: all entries.
            case "evaluaties" -> {
                if (werkvormkennisVerouderd.compareAndSet(false, true)) {
                    verversing.execute(() -> {
                        werkvormkennisVerouderd.set(false);
                        werkvormkennis.vernieuwAlles();
                    });
                }
            }
            case "kernen" -> verouderd(notificatie.hoofdId());
            case "kernambtenaren" -> notificatie.kernen().forEach(this::verouderd);
            default -> {
                // Not a kanaal this service keeps anything of.
            }
        }
    }

    private void verouderd(String kernId) {
        UUID kern;
        try {
            kern = UUID.fromString(kernId);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (verouderdeKernen.add(kern)) {
            verversing.execute(() -> {
                verouderdeKernen.remove(kern);
                kernregister.vernieuwKern(kern);
            });
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        verversing.shutdownNow();
    }
}
