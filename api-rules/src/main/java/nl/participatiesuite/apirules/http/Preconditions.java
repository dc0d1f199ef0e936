package nl.participatiesuite.apirules.http;

import jakarta.ws.rs.core.EntityTag;
import nl.participatiesuite.apirules.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: the ETag is the entity's version, and a change must name the
 * version it was based on in If-Match, so nothing is silently overwritten. {@code If-Match: *}
 * ("whatever is there") is refused like a missing header: it is exactly the lost update this prevents.
 */
public final class Preconditions {

    /**
     * The schema extension of a response object that has a version: every response with it sends the version as
     * ETag, and the contract documents that header (ApiDocument).
     */
    public static final String OPENAPI_KENMERK = "x-etag";

    /** What {@link #requireMatch} accepts, as the contract tells it. */
    static final String IF_MATCH_FORMAAT = "De ETag van de laatst gelezen versie, als sterke ETag: het versienummer tussen "
            + "aanhalingstekens (\"3\"); meerdere, gescheiden door komma's, mogen. Ontbreekt de header of is hij *, dan "
            + "volgt 428; noemt hij niet de huidige versie, dan 412. Een zwakke ETag (W/\"3\") past nooit (RFC 9110 "
            + "vergelijkt If-Match sterk) en geeft 412.";

    /** The same where the operation takes If-Match as an option: only * is refused, a missing header is allowed. */
    static final String IF_MATCH_FORMAAT_OPTIONEEL = "Als sterke ETag: het versienummer tussen aanhalingstekens (\"3\");"
            + " meerdere, gescheiden door komma's, mogen. Zonder de header wordt niet op de versie gecontroleerd; * geeft"
            + " 428, een ETag die niet de huidige versie noemt 412, en een zwakke ETag (W/\"3\") past nooit en geeft 412.";

    private Preconditions() {
    }

    public static EntityTag etag(long versie) {
        return new EntityTag(Long.toString(versie));
    }

    /** 428 without If-Match or with {@code *}, 412 when it does not name the current version. */
    public static void requireMatch(String ifMatch, long currentVersie) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw new ProblemException(428, "if-match-vereist", "If-Match vereist",
                    "Stuur de ETag van de laatst gelezen versie mee in de If-Match-header (niet *).");
        }
        String expected = "\"" + currentVersie + "\"";
        for (String candidate : ifMatch.split(",")) {
            if (candidate.trim().equals(expected)) {
                return;
            }
        }
        throw stale();
    }

    public static ProblemException stale() {
        return new ProblemException(412, "versie-verouderd", "Versie verouderd",
                "De resource is intussen gewijzigd; lees haar opnieuw en pas de wijziging opnieuw toe.");
    }
}
