package nl.participatiesuite.apirules.notificaties;

import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Queries of abonnementen. */
final class Abonnementen {

    private Abonnementen() {
    }

    static Abonnement existing(UUID id) {
        Abonnement abonnement = Abonnement.findById(id);
        if (abonnement == null) {
            throw ProblemException.notFound("Abonnement", id);
        }
        return abonnement;
    }
}
