package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up a dorpsbelangenorganisatie named in a path. */
public final class Dorpsbelangenorganisaties {

    private Dorpsbelangenorganisaties() {
    }

    public static Dorpsbelangenorganisatie existing(UUID id) {
        Dorpsbelangenorganisatie organisatie = Dorpsbelangenorganisatie.findById(id);
        if (organisatie == null) {
            throw ProblemException.notFound("Dorpsbelangenorganisatie", id);
        }
        return organisatie;
    }
}
