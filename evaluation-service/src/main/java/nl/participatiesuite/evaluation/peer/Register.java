package nl.participatiesuite.evaluation.peer;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.participatiesuite.apirules.input.GemeenteCode;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The registry-service as this service sees it: a bounded call that always answers. Worst case one
 * retry after a 700 ms timeout (about 1.5 s in total); when the registry keeps failing the circuit
 * opens and callers get "onbereikbaar" at once instead of waiting. The call carries the caller's token
 * (propagateHeaders=Authorization); when the registry refuses it (401/403) the answer is the same
 * "onbereikbaar" as when it is down, without a retry and without counting against the circuit: a refusal
 * of one caller's token says nothing about the registry's health.
 */
@ApplicationScoped
public class Register {

    public static final String CIRCUIT = "registry";

    private static final Logger LOG = Logger.getLogger(Register.class);
    private static final Pattern GEMEENTE = Pattern.compile(GemeenteCode.PATTERN);

    private final RegistryClient client;

    Register(@RestClient RegistryClient client) {
        this.client = client;
    }

    @Timeout(700)
    @Retry(maxRetries = 1, delay = 100, jitter = 0)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName(CIRCUIT)
    @Fallback(fallbackMethod = "onbereikbaar")
    public Initiatiefcontrole controleer(UUID initiatiefId) {
        RegistryInitiatief initiatief;
        try {
            initiatief = client.initiatief(initiatiefId);
        } catch (WebApplicationException e) {
            // A 404 is an answer, not a failure: it must neither be retried nor open the circuit.
            if (e.getResponse().getStatus() == 404) {
                return new Initiatiefcontrole.Onbekend();
            }
            if (Weigering.is(e)) {
                return geweigerd(initiatiefId, e);
            }
            throw e;
        }
        if (initiatief == null || initiatief.gemeente() == null || !GEMEENTE.matcher(initiatief.gemeente()).matches()) {
            throw new IllegalStateException("Het register gaf een initiatief zonder geldige gemeente.");
        }
        return new Initiatiefcontrole.Bekend(initiatief);
    }

    private static Initiatiefcontrole geweigerd(UUID initiatiefId, WebApplicationException e) {
        LOG.warnf("registry-service weigerde deze aanroeper bij initiatief %s: %d", initiatiefId, e.getResponse().getStatus());
        return new Initiatiefcontrole.Onbereikbaar();
    }

    Initiatiefcontrole onbereikbaar(UUID initiatiefId, Throwable reden) {
        LOG.warnf("registry-service onbereikbaar voor initiatief %s: %s", initiatiefId, reden.getClass().getSimpleName());
        return new Initiatiefcontrole.Onbereikbaar();
    }
}
