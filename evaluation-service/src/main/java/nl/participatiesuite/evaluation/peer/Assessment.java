package nl.participatiesuite.evaluation.peer;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.evaluation.regels.Ladderniveau;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The assessment-service as this service sees it. A report must not depend on it: when it does not
 * answer in time the caller gets {@link GeplandNiveau.Onbereikbaar} and saves the report anyway. The call
 * carries the caller's token (propagateHeaders=Authorization); a refusal of it (401/403) is the same
 * {@link GeplandNiveau.Onbereikbaar}, without a retry and without counting against the circuit.
 */
@ApplicationScoped
public class Assessment {

    public static final String CIRCUIT = "assessment";

    private static final Logger LOG = Logger.getLogger(Assessment.class);

    private final AssessmentClient client;

    Assessment(@RestClient AssessmentClient client) {
        this.client = client;
    }

    /** The ladder level of the initiatief's newest beoordeling. */
    @Timeout(700)
    @Retry(maxRetries = 1, delay = 100, jitter = 0)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName(CIRCUIT)
    @Fallback(fallbackMethod = "onbereikbaar")
    public GeplandNiveau geplandNiveau(UUID initiatiefId) {
        BeoordelingPagina pagina;
        try {
            pagina = client.beoordelingen(initiatiefId, 1);
        } catch (WebApplicationException e) {
            if (Weigering.is(e)) {
                LOG.warnf("assessment-service weigerde deze aanroeper bij initiatief %s: %d", initiatiefId,
                        e.getResponse().getStatus());
                return new GeplandNiveau.Onbereikbaar();
            }
            throw e;
        }
        if (pagina == null || pagina.items() == null || pagina.items().isEmpty()) {
            return new GeplandNiveau.GeenBeoordeling();
        }
        BeoordelingPagina.Beoordeling nieuwste = pagina.items().get(0);
        // An unknown ladder value throws: an answer we cannot read counts as no answer.
        return new GeplandNiveau.Beoordeeld(nieuwste.id(), Ladderniveau.valueOf(nieuwste.ladderniveau()),
                nieuwste.regelset() == null ? null : nieuwste.regelset().naam(),
                nieuwste.verplichteParticipatie() == null || nieuwste.verplichteParticipatie().gevallen() == null
                        ? List.of() : nieuwste.verplichteParticipatie().gevallen());
    }

    GeplandNiveau onbereikbaar(UUID initiatiefId, Throwable reden) {
        LOG.warnf("assessment-service onbereikbaar voor initiatief %s: %s", initiatiefId, reden.getClass().getSimpleName());
        return new GeplandNiveau.Onbereikbaar();
    }
}
