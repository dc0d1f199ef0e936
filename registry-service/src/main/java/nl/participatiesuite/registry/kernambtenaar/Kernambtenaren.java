package nl.participatiesuite.registry.kernambtenaar;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up kernambtenaren, for the path (404) or as a reference in another resource's body (400). */
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

    /**
     * A referenced kernambtenaar of the given gemeente ({@code null}: any gemeente). A bad reference
     * is added to {@code problems} under {@code field}; an unknown one gives {@code null}.
     */
    public static Kernambtenaar referenced(String field, UUID id, String gemeente, List<Problem.InvalidParam> problems) {
        Kernambtenaar kernambtenaar = Kernambtenaar.findById(id);
        if (kernambtenaar == null) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.UNKNOWN, "Kernambtenaar " + id + " bestaat niet."));
        } else if (gemeente != null && !gemeente.equals(kernambtenaar.gemeente)) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.OTHER_GEMEENTE,
                    "Kernambtenaar " + id + " werkt niet voor gemeente " + gemeente + "."));
        }
        return kernambtenaar;
    }
}
