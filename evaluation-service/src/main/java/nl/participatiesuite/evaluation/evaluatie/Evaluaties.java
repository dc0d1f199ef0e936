package nl.participatiesuite.evaluation.evaluatie;

import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up a report named in a path. */
public final class Evaluaties {

    private Evaluaties() {
    }

    public static Evaluatie existing(UUID id) {
        Evaluatie evaluatie = Evaluatie.findById(id);
        if (evaluatie == null) {
            throw ProblemException.notFound("Evaluatie", id);
        }
        return evaluatie;
    }
}
