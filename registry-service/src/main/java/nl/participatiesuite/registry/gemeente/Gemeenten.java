package nl.participatiesuite.registry.gemeente;

import jakarta.persistence.LockModeType;
import java.util.List;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up the tenant, named in a path (404) or referred to by another resource's body (400). */
public final class Gemeenten {

    private Gemeenten() {
    }

    /**
     * A reference in a request body to an unknown gemeente is invalid input, not a 404. The problem is
     * added to {@code problems}, so the caller reports it together with its own.
     *
     * @return whether the gemeente is registered
     */
    public static boolean referenced(String field, String code, List<Problem.InvalidParam> problems) {
        if (code != null && Gemeente.findById(code) != null) {
            return true;
        }
        problems.add(new Problem.InvalidParam(field, InvalidParamCode.UNKNOWN, "Gemeente " + code + " is niet geregistreerd."));
        return false;
    }

    public static Gemeente existing(String code) {
        Gemeente gemeente = Gemeente.findById(code);
        if (gemeente == null) {
            throw ProblemException.notFound("Gemeente", code);
        }
        return gemeente;
    }

    /** Serialises yearly caps per gemeente: concurrent grants queue on this row lock. */
    public static Gemeente lockedForUpdate(String code) {
        Gemeente gemeente = Gemeente.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (gemeente == null) {
            throw ProblemException.invalid("gemeente", InvalidParamCode.UNKNOWN, "Gemeente " + code + " is niet geregistreerd.");
        }
        return gemeente;
    }
}
