package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.persistence.LockModeType;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up uitdaagrechtverzoeken named in a path (404). */
final class Uitdaagrechtverzoeken {

    private Uitdaagrechtverzoeken() {
    }

    static Uitdaagrechtverzoek existing(UUID id) {
        Uitdaagrechtverzoek verzoek = Uitdaagrechtverzoek.findById(id);
        if (verzoek == null) {
            throw ProblemException.notFound("Uitdaagrechtverzoek", id);
        }
        // Loaded with the object (its answer shows them anyway): a notification names its kernen (Hoofdobject.kernIds).
        org.hibernate.Hibernate.initialize(verzoek.kernen);
        return verzoek;
    }

    /** Serialises the steps of one verzoek, so two concurrent steps never both pass the lifecycle check. */
    static Uitdaagrechtverzoek lockedForUpdate(UUID id) {
        Uitdaagrechtverzoek verzoek = Uitdaagrechtverzoek.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (verzoek == null) {
            throw ProblemException.notFound("Uitdaagrechtverzoek", id);
        }
        return verzoek;
    }
}
