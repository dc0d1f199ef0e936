package nl.participatiesuite.assessment.peer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * The threads a peer cache loads on when a computation finds an entry whose last load failed and is due for another
 * try: never the request's thread (the computation does not wait), and without the request's context (what is loaded
 * is for every caller). Few threads and a short queue: a peer that is down must not pile up work; what does not fit
 * waits for the next computation or the scheduled refresh.
 */
@ApplicationScoped
class Achtergrondwerk implements Executor {

    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(2).maxQueued(50)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    @Override
    public void execute(Runnable taak) {
        executor.execute(taak);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
