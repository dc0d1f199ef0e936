package nl.participatiesuite.assessment.peer;

import java.time.Instant;
import nl.participatiesuite.assessment.engine.WerkvormEffectiviteit;

/**
 * What the {@link WerkvormkennisCache} knows for one computation: the effectiveness (the engine's
 * {@link WerkvormEffectiviteit.Onbeschikbaar} when it never loaded), and how fresh it is.
 *
 * @param bijgewerktOp when the evaluation-service last answered for it; null when it never did
 */
public record Werkvormkennis(WerkvormEffectiviteit effectiviteit, Instant bijgewerktOp, Actualiteitsstatus status) {
}
