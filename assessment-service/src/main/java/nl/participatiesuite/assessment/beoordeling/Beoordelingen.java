package nl.participatiesuite.assessment.beoordeling;

import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Finds a stored beoordeling named in a path. */
public final class Beoordelingen {

    private Beoordelingen() {
    }

    public static Beoordeling existing(UUID id) {
        Beoordeling beoordeling = Beoordeling.findById(id);
        if (beoordeling == null) {
            throw ProblemException.notFound("Beoordeling", id);
        }
        return beoordeling;
    }
}
