package nl.participatiesuite.apirules.problem;

/**
 * The one vocabulary of {@code invalidParams[].code}, the same in every service and listed in the
 * README, so a client can react to a code without parsing the Dutch reason.
 */
public final class InvalidParamCode {

    /** A required field or parameter is missing, empty or only white space. */
    public static final String REQUIRED = "required";
    /** The value is not one of the allowed values of an enumeration. */
    public static final String ENUM = "enum";
    /** The value refers to something that does not exist (a kern id, a regelset version). */
    public static final String UNKNOWN = "unknown";
    /** A number, date or count below its minimum. */
    public static final String MIN = "min";
    /** A number, date or count above its maximum. */
    public static final String MAX = "max";
    /** A text or list longer or shorter than allowed. */
    public static final String SIZE = "size";
    /** A text that does not match its pattern, or that holds a control character. */
    public static final String PATTERN = "pattern";
    /** A value of the right type in the wrong format (a date, a UUID, a version). */
    public static final String FORMAT = "format";
    /** A value of the wrong JSON type (a text where a number belongs, a fraction for a whole number). */
    public static final String TYPE = "type";
    /** A field or query parameter the operation does not know. */
    public static final String UNEXPECTED = "unexpected";
    /** A value given twice where it must be unique (a JSON member, an entry of a list). */
    public static final String DUPLICATE = "duplicate";
    /** Fields that are each valid but contradict each other (an end before its start). */
    public static final String INCONSISTENT = "inconsistent";
    /** The value refers to an object of another gemeente than the one the request is for. */
    public static final String OTHER_GEMEENTE = "otherGemeente";
    /** A field that can no longer change (a published rule set, a recorded decision). */
    public static final String IMMUTABLE = "immutable";

    private InvalidParamCode() {
    }
}
