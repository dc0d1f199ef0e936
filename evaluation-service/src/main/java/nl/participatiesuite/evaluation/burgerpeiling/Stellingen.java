package nl.participatiesuite.evaluation.burgerpeiling;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.evaluation.regels.Overtreding;

/** Look-ups and steps shared by the burgerpeiling services. */
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

    /** Deletes a meting or doel of the version the client last read. */
    static void verwijder(VersionedEntity entity, String ifMatch) {
        Preconditions.requireMatch(ifMatch, entity.versie);
        entity.delete();
        // Flush here: a concurrent change or reference then fails inside the transaction (412 or 409), not at commit.
        entity.flush();
    }

    static <T> T vanStelling(T entity, UUID entityStelling, UUID stellingId, String wat, UUID id) {
        if (entity == null || !entityStelling.equals(stellingId)) {
            throw ProblemException.notFound(wat, id);
        }
        return entity;
    }
}
