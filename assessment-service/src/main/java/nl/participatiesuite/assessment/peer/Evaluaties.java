package nl.participatiesuite.assessment.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.Map;
import nl.participatiesuite.apirules.peer.Diensttoken;
import nl.participatiesuite.apirules.peer.GeenToegangBijPeer;
import nl.participatiesuite.assessment.engine.Schaal;
import nl.participatiesuite.assessment.engine.WerkvormEffectiviteit;
import nl.participatiesuite.assessment.engine.WerkvormScore;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The evaluation-service as the samenwerkingswijzer sees it: how well werkvormen worked before at the plan's
 * schaal (domain.md §3), so step 4 can put the best first. Bounded like {@link Register}; when it does not
 * answer the result is the engine's own sealed {@link WerkvormEffectiviteit.Onbeschikbaar}, the engine keeps
 * the matrix order and says so. A 401 or 403 gives that same answer, without a retry and without counting for the
 * circuit ({@link GeenToegangBijPeer}). Only the {@link WerkvormkennisCache} asks, in one of two views
 * ({@link Werkvormweergave}): the gemeente's own with this service's token (a suite service account, for which the
 * evaluation-service counts the gemeente's reports that were not shared), the public one without a token.
 *
 * <p>Override per environment with e.g. {@code nl.participatiesuite.assessment.peer.Evaluaties/Timeout/value=500}.
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
    private final Diensttoken diensttoken;

    Evaluaties(@RestClient EvaluationApi evaluation, Diensttoken diensttoken) {
        this.evaluation = evaluation;
        this.diensttoken = diensttoken;
    }

    /** Inside the bounds: also fetching the service's token, so an identity provider that hangs cannot block it. */
    @Fallback(fallbackMethod = "onbereikbaar")
    public WerkvormEffectiviteit effectiviteit(String gemeente, Schaal schaal, Werkvormweergave weergave) {
        EvaluationEffectiviteit antwoord;
        String authorization = weergave == Werkvormweergave.EIGEN ? diensttoken.bearer() : null;
        try {
            antwoord = evaluation.werkvormEffectiviteit(authorization, gemeente, schaal.name());
        } catch (WebApplicationException e) {
            throw GeenToegangBijPeer.van("evaluation-service", e);
        }
        if (antwoord == null) {
            throw new IllegalStateException("De evaluation-service gaf een leeg antwoord.");
        }
        Map<String, WerkvormScore> perWerkvorm = new HashMap<>();
        for (EvaluationEffectiviteit.Werkvorm werkvorm : antwoord.werkvormen()) {
            // The peer filters on schaal already; a row for another schaal is not about this plan.
            boolean andereSchaal = werkvorm.schaal() != null && !werkvorm.schaal().equals(schaal.name());
            if (werkvorm.werkvorm() == null || andereSchaal) {
                continue;
            }
            int aantal = werkvorm.aantalBeoordelingen() == null ? 0 : werkvorm.aantalBeoordelingen();
            perWerkvorm.merge(werkvorm.werkvorm(), new WerkvormScore(werkvorm.gemiddeldeWaardering(), aantal),
                    (eerder, later) -> eerder.aantalEvaluaties() >= later.aantalEvaluaties() ? eerder : later);
        }
        return WerkvormEffectiviteit.van(perWerkvorm);
    }

    WerkvormEffectiviteit onbereikbaar(String gemeente, Schaal schaal, Werkvormweergave weergave, Throwable reden) {
        if (reden instanceof GeenToegangBijPeer) {
            // Its message is the status only. For the own view it is this service's token that was refused: a
            // configuration error (client, secret or the realm role systeem), worth a warning.
            LOG.warnf("evaluation-service weigerde het token van deze service (%s, %s)", weergave, reden.getMessage());
        } else {
            // The class name only: a peer's message can echo request data.
            LOG.warnf("evaluation-service onbereikbaar (%s)", reden.getClass().getSimpleName());
        }
        return WerkvormEffectiviteit.onbeschikbaar();
    }
}
