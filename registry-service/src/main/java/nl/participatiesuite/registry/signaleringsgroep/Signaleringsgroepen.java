package nl.participatiesuite.registry.signaleringsgroep;

import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up a signaleringsgroep named in a path. */
public final class Signaleringsgroepen {

    private Signaleringsgroepen() {
    }

    public static Signaleringsgroep existing(UUID id) {
        Signaleringsgroep groep = Signaleringsgroep.findById(id);
        if (groep == null) {
            throw ProblemException.notFound("Signaleringsgroep", id);
        }
        return groep;
    }
}
