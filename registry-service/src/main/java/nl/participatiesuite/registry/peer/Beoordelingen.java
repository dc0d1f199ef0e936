package nl.participatiesuite.registry.peer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import nl.participatiesuite.apirules.peer.Diensttoken;
import nl.participatiesuite.apirules.peer.GeenToegangBijPeer;
import nl.participatiesuite.apirules.peer.Peerantwoord;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The assessment-service as the owner of the link between a beoordeling and its initiatief (issue 13): which gemeente a
 * beoordeling belongs to and which initiatief it names. Asked with this service's own token (role systeem), so the
 * answer does not depend on what the caller may read; bounded like {@link Evaluaties}. A 404 is an answer
 * ({@link Beoordelingstand.Onbekend}, read by {@link Peerantwoord}); anything else that is not a beoordeling is
 * {@link Beoordelingstand.Onbereikbaar}.
 *
 * <p>Override per environment with e.g. {@code nl.participatiesuite.registry.peer.Beoordelingen/Timeout/value=500}.
 */
@ApplicationScoped
@Timeout(1000)
@Retry(maxRetries = 1, delay = 100, jitter = 0,
        abortOn = {TimeoutException.class, CircuitBreakerOpenException.class, GeenToegangBijPeer.class})
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1,
        skipOn = GeenToegangBijPeer.class)
public class Beoordelingen {

    private static final Logger LOG = Logger.getLogger(Beoordelingen.class);

    private final AssessmentApi assessment;
    private final Diensttoken diensttoken;

    Beoordelingen(@RestClient AssessmentApi assessment, Diensttoken diensttoken) {
        this.assessment = assessment;
        this.diensttoken = diensttoken;
    }

    @Fallback(fallbackMethod = "onbereikbaar")
    public Beoordelingstand van(UUID id) {
        AssessmentBeoordeling beoordeling = Peerantwoord.ofOnbekend("assessment-service",
                () -> assessment.beoordeling(diensttoken.bearer(), id)).orElse(null);
        if (beoordeling == null) {
            return new Beoordelingstand.Onbekend();
        }
        if (beoordeling.gemeente() == null) {
            throw new IllegalStateException("De assessment-service gaf geen beoordeling met gemeente.");
        }
        AssessmentBeoordeling.Invoer invoer = beoordeling.invoer();
        return new Beoordelingstand.Bekend(id, beoordeling.gemeente(), beoordeling.initiatiefId(),
                invoer == null ? null : invoer.initiatiefnemer(), invoer == null ? null : invoer.ondersteuningGevraagd());
    }

    Beoordelingstand onbereikbaar(UUID id, Throwable reden) {
        // The class name only: a peer's message can echo request data.
        LOG.warnf("assessment-service onbereikbaar; beoordeling onbekend (%s)", reden.getClass().getSimpleName());
        return new Beoordelingstand.Onbereikbaar();
    }
}
