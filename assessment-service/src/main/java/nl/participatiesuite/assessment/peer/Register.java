package nl.participatiesuite.assessment.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.UUID;
import nl.participatiesuite.apirules.peer.Diensttoken;
import nl.participatiesuite.apirules.peer.GeenToegangBijPeer;
import nl.participatiesuite.apirules.peer.Peerantwoord;
import nl.participatiesuite.assessment.engine.Kernambtenaar;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The registry-service as the samenwerkingswijzer sees it: kernen, initiatieven and kernambtenaren (the
 * aanspreekpunt, domain.md §2). Every call is bounded (on the class, so no method can forget it): a timeout,
 * one retry for a failure that may pass (not for a timeout: a peer that is slow now will be slow again), and a
 * circuit breaker per method, so a registry that keeps failing is not waited for at all. Every call answers
 * with a result; "onbereikbaar" is one of them, never an exception. An unknown id (404) is an answer, not a
 * failure: it is neither retried nor counted by the circuit. A 401 or 403 is the registry's answer to the token of the
 * call (the caller's for an initiatief, see {@link RegistryApi}; this service's own for what the
 * {@link KernregisterCache} loads): it gives the same degraded result as a registry that is down,
 * but it is not retried and not counted by the circuit, so one caller without rights never makes the registry
 * "unreachable" for the next caller ({@link GeenToegangBijPeer}).
 *
 * <p>The bounds can be changed per environment with the MicroProfile Fault Tolerance keys, e.g.
 * {@code nl.participatiesuite.assessment.peer.Register/Timeout/value=500}.
 */
@ApplicationScoped
@Timeout(1000)
@Retry(maxRetries = 1, delay = 100, jitter = 0,
        abortOn = {TimeoutException.class, CircuitBreakerOpenException.class, GeenToegangBijPeer.class})
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1,
        skipOn = GeenToegangBijPeer.class)
public class Register {

    /** More kernambtenaren than one kern ever has; the registry's page maximum. */
    static final int KERNAMBTENAREN_PAGINA = 100;

    private static final Logger LOG = Logger.getLogger(Register.class);
    private static final String PEER = "registry-service";

    private final RegistryApi registry;
    private final RegistryDienstApi registryVoorCache;
    private final Diensttoken diensttoken;

    Register(@RestClient RegistryApi registry, @RestClient RegistryDienstApi registryVoorCache, Diensttoken diensttoken) {
        this.registry = registry;
        this.registryVoorCache = registryVoorCache;
        this.diensttoken = diensttoken;
    }

    /** For the {@link KernregisterCache}: asked with this service's own token (fetched inside the bounds). */
    @Fallback(fallbackMethod = "kernOnbereikbaar")
    public KernOpvraging kern(UUID id) {
        return Peerantwoord.ofOnbekend(PEER, () -> registryVoorCache.kern(diensttoken.bearer(), id))
                .<KernOpvraging>map(kern -> new KernOpvraging.Gevonden(kern.id(), kern.naam(), kern.gemeente()))
                .orElseGet(KernOpvraging.Onbekend::new);
    }

    @Fallback(fallbackMethod = "initiatiefOnbereikbaar")
    public InitiatiefOpvraging initiatief(UUID id) {
        return Peerantwoord.ofOnbekend(PEER, () -> registry.initiatief(id))
                .<InitiatiefOpvraging>map(i -> new InitiatiefOpvraging.Gevonden(i.id(), i.gemeente(), i.kernIds(),
                        i.doel(), i.activiteit(), i.schaal(), i.initiatiefnemerType()))
                .orElseGet(InitiatiefOpvraging.Onbekend::new);
    }

    /**
     * The kernambtenaren of a kern of this gemeente, with their contact details: personal data, which the registry
     * gives only to a raadpleger (or higher) of that gemeente or a suite service account. For the
     * {@link KernregisterCache}, asked with this service's own token; the caller of a computation gets them only when
     * it may see them (KernBepaling).
     */
    @Fallback(fallbackMethod = "kernambtenarenOnbereikbaar")
    public KernambtenarenOpvraging kernambtenaren(String gemeente, UUID kernId) {
        RegistryKernambtenaren pagina;
        try {
            pagina = registryVoorCache.kernambtenaren(diensttoken.bearer(), gemeente, kernId, KERNAMBTENAREN_PAGINA);
        } catch (WebApplicationException e) {
            throw GeenToegangBijPeer.van(PEER, e);
        }
        if (pagina == null) {
            throw new IllegalStateException("Het register gaf geen pagina kernambtenaren.");
        }
        return new KernambtenarenOpvraging.Gevonden(pagina.items().stream()
                .map(a -> new Kernambtenaar(a.naam(), a.email(), a.telefoon()))
                .toList());
    }

    KernOpvraging kernOnbereikbaar(UUID id, Throwable reden) {
        onbereikbaar("kern", reden);
        return new KernOpvraging.Onbereikbaar();
    }

    InitiatiefOpvraging initiatiefOnbereikbaar(UUID id, Throwable reden) {
        onbereikbaar("initiatief", reden);
        return new InitiatiefOpvraging.Onbereikbaar();
    }

    KernambtenarenOpvraging kernambtenarenOnbereikbaar(String gemeente, UUID kernId, Throwable reden) {
        onbereikbaar("kernambtenaren", reden);
        return new KernambtenarenOpvraging.Onbereikbaar();
    }

    private static void onbereikbaar(String vraag, Throwable reden) {
        if (reden instanceof GeenToegangBijPeer) {
            // Its message is the status only.
            LOG.infof("registry-service weigerde deze aanroeper (%s: %s); het aanspreekpunt ontbreekt in de uitkomst",
                    vraag, reden.getMessage());
            return;
        }
        // The class name only: a peer's message can echo request data.
        LOG.warnf("registry-service onbereikbaar (%s); het aanspreekpunt ontbreekt in de uitkomst (%s)", vraag,
                reden.getClass().getSimpleName());
    }
}
