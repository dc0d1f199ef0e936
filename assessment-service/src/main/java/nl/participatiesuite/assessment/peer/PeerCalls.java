package nl.participatiesuite.assessment.peer;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Every call to a peer, bounded: a timeout, one retry for a failure that may pass (not for a timeout: a
 * peer that is slow now will be slow again), and a circuit breaker so that a peer that keeps failing is
 * not waited for at all. A failure is thrown to the caller, which gives its stated degraded answer; an
 * unknown id (404) is an answer, not a failure: {@link Optional#empty()}.
 *
 * <p>Timeouts and breaker settings can be changed per environment with the MicroProfile Fault Tolerance
 * keys, e.g. {@code nl.participatiesuite.assessment.peer.PeerCalls/kern/Timeout/value=500}.
 */
@ApplicationScoped
public class PeerCalls {

    public static final int KERNAMBTENAREN_PAGINA = 100;

    private final RegistryApi registry;
    private final EvaluationApi evaluation;

    PeerCalls(@RestClient RegistryApi registry, @RestClient EvaluationApi evaluation) {
        this.registry = registry;
        this.evaluation = evaluation;
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName("registry-kern")
    public Optional<RegistryKern> kern(UUID id) {
        return nietGevondenIsLeeg(() -> registry.kern(id));
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName("registry-initiatief")
    public Optional<RegistryInitiatief> initiatief(UUID id) {
        return nietGevondenIsLeeg(() -> registry.initiatief(id));
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName("registry-kernambtenaren")
    public List<RegistryKernambtenaren.Item> kernambtenaren(UUID kern) {
        RegistryKernambtenaren pagina = registry.kernambtenaren(kern, KERNAMBTENAREN_PAGINA);
        return pagina == null ? List.of() : pagina.items();
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName("evaluation-werkvorm-effectiviteit")
    public EvaluationEffectiviteit werkvormEffectiviteit(String gemeente, String schaal) {
        return evaluation.werkvormEffectiviteit(gemeente, schaal);
    }

    private static <T> Optional<T> nietGevondenIsLeeg(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
