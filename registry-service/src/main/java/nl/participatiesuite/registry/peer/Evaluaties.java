package nl.participatiesuite.registry.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.UUID;
import nl.participatiesuite.apirules.peer.GeenToegangBijPeer;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The evaluation-service as the uitdaagrecht sees it: has an initiatief been evaluated (domain.md §5, "te evalueren";
 * an evaluatie there is always about an initiatief)? Bounded like the assessment's peers; when it does not answer, or
 * refuses this caller, the result is {@link Evaluatiestand.Onbekend} and the caller says so in its answer. A 401 or
 * 403 is not retried and does not count for the circuit ({@link GeenToegangBijPeer}).
 *
 * <p>Override per environment with e.g. {@code nl.participatiesuite.registry.peer.Evaluaties/Timeout/value=500}.
 */
@ApplicationScoped
@Timeout(1000)
@Retry(maxRetries = 1, delay = 100, jitter = 0,
        abortOn = {TimeoutException.class, CircuitBreakerOpenException.class, GeenToegangBijPeer.class})
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1,
        skipOn = GeenToegangBijPeer.class)
public class Evaluaties {

    private static final Logger LOG = Logger.getLogger(Evaluaties.class);

    private final EvaluationApi evaluation;

    Evaluaties(@RestClient EvaluationApi evaluation) {
        this.evaluation = evaluation;
    }

    @Fallback(fallbackMethod = "onbereikbaar")
    public Evaluatiestand van(String gemeente, UUID initiatiefId) {
        EvaluatiePagina pagina;
        try {
            pagina = evaluation.evaluaties(gemeente, initiatiefId, 1);
        } catch (WebApplicationException e) {
            throw GeenToegangBijPeer.van("evaluation-service", e);
        }
        if (pagina == null || pagina.totalItems() == null) {
            throw new IllegalStateException("De evaluation-service gaf geen aantal.");
        }
        return pagina.totalItems() > 0 ? new Evaluatiestand.Geevalueerd() : new Evaluatiestand.NietGeevalueerd();
    }

    Evaluatiestand onbereikbaar(String gemeente, UUID initiatiefId, Throwable reden) {
        if (reden instanceof GeenToegangBijPeer) {
            // Its message is the status only.
            LOG.infof("evaluation-service weigerde deze aanroeper (%s); evaluaties onbekend", reden.getMessage());
        } else {
            // The class name only: a peer's message can echo request data.
            LOG.warnf("evaluation-service onbereikbaar; evaluaties onbekend (%s)", reden.getClass().getSimpleName());
        }
        return new Evaluatiestand.Onbekend();
    }
}
