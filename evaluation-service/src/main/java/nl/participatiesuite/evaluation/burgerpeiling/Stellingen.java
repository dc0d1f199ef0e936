package nl.participatiesuite.evaluation.burgerpeiling;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.evaluation.regels.Overtreding;

/** Look-ups shared by the burgerpeiling resources. */
final class Stellingen {

    private Stellingen() {
    }

    static Stelling existing(UUID id) {
        Stelling stelling = Stelling.findById(id);
        if (stelling == null) {
            throw ProblemException.notFound("Stelling", id);
        }
        return stelling;
    }

    static void geldig(List<Overtreding> overtredingen) {
        if (!overtredingen.isEmpty()) {
            throw ProblemException.invalid(overtredingen.stream()
                    .map(o -> new Problem.InvalidParam(o.veld(), o.code(), o.reden())).toList());
        }
    }

    static <T> T vanStelling(T entity, UUID entityStelling, UUID stellingId, String wat, UUID id) {
        if (entity == null || !entityStelling.equals(stellingId)) {
            throw ProblemException.notFound(wat, id);
        }
        return entity;
    }
}
