package nl.participatiesuite.apirules.problem;

import java.util.List;

/**
 * Every failure the API reports on purpose. The mapper turns it into problem+json, so a
 * resource never builds an error response itself.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.InvalidParam> invalidParams;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    private ProblemException(int status, String type, String title, String detail,
            List<Problem.InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.invalidParams = invalidParams;
    }

    public static ProblemException invalid(List<Problem.InvalidParam> invalidParams) {
        return new ProblemException(400, "ongeldige-invoer", "Ongeldige invoer",
                "Eén of meer velden zijn ongeldig; zie invalidParams.", List.copyOf(invalidParams));
    }

    public static ProblemException invalid(String name, String code, String reason) {
        return invalid(List.of(new Problem.InvalidParam(name, code, reason)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "niet-gevonden", "Niet gevonden", what + " " + id + " bestaat niet.");
    }

    /** Authenticated, but this caller may not do this here (domain.md §4): another gemeente, or too low a role. */
    public static ProblemException forbidden(String type, String detail) {
        return new ProblemException(403, type, "Geen toegang", detail);
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(409, type, "Conflict", detail);
    }

    public static ProblemException unprocessable(String type, String title, String detail) {
        return new ProblemException(422, type, title, detail);
    }

    /** A peer this request depends on did not answer in time; nothing was changed. */
    public static ProblemException unavailable(String type, String title, String detail) {
        return new ProblemException(503, type, title, detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.InvalidParam> invalidParams() {
        return invalidParams;
    }
}
