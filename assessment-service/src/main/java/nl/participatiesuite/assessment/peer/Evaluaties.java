package nl.participatiesuite.assessment.peer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import nl.participatiesuite.assessment.engine.Schaal;
import nl.participatiesuite.assessment.engine.WerkvormEffectiviteit;
import nl.participatiesuite.assessment.engine.WerkvormScore;
import org.jboss.logging.Logger;

/**
 * The evaluation-service as the samenwerkingswijzer sees it: how well werkvormen worked before at the plan's
 * schaal (domain.md §3), so step 4 can put the best first. When it does not answer, the engine keeps the
 * matrix order and says so.
 */
@ApplicationScoped
public class Evaluaties {

    private static final Logger LOG = Logger.getLogger(Evaluaties.class);

    private final PeerCalls peers;

    Evaluaties(PeerCalls peers) {
        this.peers = peers;
    }

    public WerkvormEffectiviteit effectiviteit(String gemeente, Schaal schaal) {
        EvaluationEffectiviteit antwoord;
        try {
            antwoord = peers.werkvormEffectiviteit(gemeente, schaal.name());
        } catch (RuntimeException e) {
            LOG.warnf("evaluation-service onbereikbaar; werkvormen in matrixvolgorde (%s)", e.getClass().getSimpleName());
            return WerkvormEffectiviteit.onbeschikbaar();
        }
        if (antwoord == null) {
            return WerkvormEffectiviteit.onbeschikbaar();
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
}
