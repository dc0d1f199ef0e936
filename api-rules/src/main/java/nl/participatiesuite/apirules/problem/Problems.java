package nl.participatiesuite.apirules.problem;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Builds problem+json responses; the only place that knows the media type and type URIs. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /**
     * A 503 is temporary (a peer or the database is away, or the service is stopping): the client is told when to
     * try again, a little after the longest bound a request waits for either.
     */
    public static final String RETRY_AFTER_SECONDS = "5";

    private Problems() {
    }

    public static Problem of(int status, String type, String title, String detail, String path,
            List<Problem.InvalidParam> invalidParams) {
        return new Problem(URI.create(Problem.TYPE_BASE + type), title, status, detail, instance(path), invalidParams);
    }

    /** The problem a refusal of the service stands for, at this request path. */
    public static Problem of(ProblemException refusal, String path) {
        return of(refusal.status(), refusal.type(), refusal.title(), refusal.getMessage(), path, refusal.invalidParams());
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** Title and type for statuses the framework or the HTTP layer raises itself (404, 405, 414, 415, ...). */
    public static Problem forStatus(int status, String path) {
        return switch (status) {
            case 400 -> of(400, "ongeldig-verzoek", "Ongeldig verzoek",
                    "Het verzoek kon niet worden gelezen: controleer de JSON-body en de parameters.", path, null);
            case 404 -> of(404, "niet-gevonden", "Niet gevonden", "Er is geen resource op dit pad.", path, null);
            case 405 -> of(405, "methode-niet-toegestaan", "Methode niet toegestaan",
                    "Deze HTTP-methode is niet toegestaan op deze resource.", path, null);
            case 406 -> of(406, "niet-acceptabel", "Niet acceptabel",
                    "Deze resource levert alleen application/json.", path, null);
            case 413 -> of(413, "body-te-groot", "Body te groot", "De body van het verzoek is te groot.", path, null);
            case 414 -> of(414, "uri-te-lang", "URI te lang",
                    "Het pad met de query is te lang; gebruik minder of kortere parameters.", path, null);
            case 415 -> of(415, "mediatype-niet-ondersteund", "Mediatype niet ondersteund",
                    "Stuur de body als application/json.", path, null);
            case 431 -> of(431, "headers-te-groot", "Headers te groot",
                    "De headers van het verzoek zijn te groot of te talrijk.", path, null);
            default -> status >= 500
                    ? of(status, "interne-fout", "Interne fout", "Er ging iets mis aan onze kant.", path, null)
                    : of(status, "fout", "Fout", "Het verzoek kan niet worden verwerkt.", path, null);
        };
    }

    /** The request path as a URI reference; a path that is no valid URI (bad encoding) is not echoed back. */
    private static URI instance(String path) {
        if (path == null) {
            return URI.create("/");
        }
        try {
            return new URI(path);
        } catch (java.net.URISyntaxException e) {
            return URI.create("/");
        }
    }
}
