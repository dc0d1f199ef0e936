package nl.participatiesuite.registry.kernambtenaar;

import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up a kernambtenaar named in a path. */
public final class Kernambtenaren {

    private Kernambtenaren() {
    }

    public static Kernambtenaar existing(UUID id) {
        Kernambtenaar kernambtenaar = Kernambtenaar.findById(id);
        if (kernambtenaar == null) {
            throw ProblemException.notFound("Kernambtenaar", id);
        }
        return kernambtenaar;
    }
}
