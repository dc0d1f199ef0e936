package nl.participatiesuite.registry.kernambtenaar;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.registry.common.Verwijzing;

/** Looks up kernambtenaren, for the path (404) or as a reference in another resource's body (400). */
public final class Kernambtenaren {

    private Kernambtenaren() {
    }

    public static Kernambtenaar existing(UUID id) {
        Kernambtenaar kernambtenaar = Kernambtenaar.findById(id);
        if (kernambtenaar == null) {
            throw ProblemException.notFound("Kernambtenaar", id);
        }
        // Loaded with the object (its answer shows them anyway): a notification names its kernen (Hoofdobject.kernIds).
        org.hibernate.Hibernate.initialize(kernambtenaar.kernen);
        return kernambtenaar;
    }

    /**
     * A referenced kernambtenaar of the given gemeente ({@code null}: any gemeente). A bad reference
     * is added to {@code problems} under {@code field}; an unknown one gives {@code null}.
     */
    public static Kernambtenaar referenced(String field, UUID id, String gemeente, List<Problem.InvalidParam> problems) {
        Kernambtenaar kernambtenaar = Kernambtenaar.findById(id);
        Verwijzing.controleer(field, "Kernambtenaar", id, kernambtenaar == null ? null : kernambtenaar.gemeente, gemeente,
                problems);
        return kernambtenaar;
    }
}
