package nl.participatiesuite.registry.gemeente;

import jakarta.persistence.LockModeType;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Looks up the tenant that another resource refers to. */
public final class Gemeenten {

    private Gemeenten() {
    }

    /** A reference in a request body to an unknown gemeente is invalid input, not a 404. */
    public static Gemeente referenced(String field, String code) {
        Gemeente gemeente = code == null ? null : Gemeente.findById(code);
        if (gemeente == null) {
            throw ProblemException.invalid(field, InvalidParamCode.UNKNOWN, "Gemeente " + code + " is niet geregistreerd.");
        }
        return gemeente;
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
