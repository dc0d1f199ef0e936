package nl.participatiesuite.apirules.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.problem.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The NL API Design Rules that hold for every response, also those the REST layer never sees
 * (the OpenAPI document, unknown paths): the API-Version header, 404 on a trailing slash, CORS on
 * the published contract, problem+json for paths nobody serves, and the checks on the raw request
 * that must happen before anything decodes it: URI and header size, percent-encoding, control characters.
 */
@Singleton
public class HttpRules {

    private static final String OPENAPI_PATH = "/api/v1/openapi";
    /** The limits a client is told about; the HTTP codec's own limits are set higher so these answer first. */
    static final int MAX_URI_LENGTH = 8 * 1024;
    static final int MAX_HEADERS_SIZE = 16 * 1024;
    static final int MAX_HEADERS = 100;

    private final String apiVersion;
    private final ObjectMapper json;

    HttpRules(@ConfigProperty(name = "api.version") String apiVersion, ObjectMapper json) {
        this.apiVersion = apiVersion;
        this.json = json;
    }

    void install(@Observes StartupEvent start, Router router) {
        if (!Boolean.getBoolean("vertx.disableURIValidation")) {
            org.jboss.logging.Logger.getLogger(HttpRules.class).warn("Een onleesbare URI krijgt een 400 zonder"
                    + " problem+json: start de dienst via SuiteMain of met -Dvertx.disableURIValidation=true");
        }
        router.route().order(Integer.MIN_VALUE).handler(this::everyRequest);
        for (int status : new int[] {400, 404, 405, 406, 413, 414, 415, 431, 500}) {
            router.errorHandler(status, ctx -> writeProblem(ctx, Problems.forStatus(status, safePath(ctx))));
        }
    }

    private void everyRequest(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ctx.response().putHeader("API-Version", apiVersion);
        securityHeaders(ctx.response().headers());
        String path = request.path();
        if (request.uri().length() > MAX_URI_LENGTH) {
            writeProblem(ctx, Problems.forStatus(414, "/"));
            return;
        }
        if (tooManyHeaders(request)) {
            writeProblem(ctx, Problems.forStatus(431, "/"));
            return;
        }
        Problem malformed = RawRequest.check(request.path(), request.query());
        if (malformed != null) {
            writeProblem(ctx, malformed);
            return;
        }
        if (path.startsWith(OPENAPI_PATH)) {
            ctx.response().putHeader("Access-Control-Allow-Origin", "*");
        }
        if (path.length() > 1 && path.endsWith("/") && !path.startsWith("/api/v1/docs")) {
            writeProblem(ctx, Problems.forStatus(404, path));
            return;
        }
        ctx.next();
    }

    /**
     * ADR /core/transport/security-headers: API data is never cached by intermediaries, never framed,
     * never sniffed into another type, and only reached over HTTPS once a browser has seen it.
     */
    static void securityHeaders(io.vertx.core.MultiMap headers) {
        headers.set("Cache-Control", "no-store")
                .set("Content-Security-Policy", "frame-ancestors 'none'")
                .set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY");
    }

    private static boolean tooManyHeaders(HttpServerRequest request) {
        if (request.headers().size() > MAX_HEADERS) {
            return true;
        }
        int size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size > MAX_HEADERS_SIZE;
    }

    /** The request path for the problem's instance, or "/" when it is not safe to echo back. */
    private static String safePath(RoutingContext ctx) {
        String path = ctx.request().path();
        return path == null || path.length() > MAX_URI_LENGTH || RawRequest.check(path, null) != null ? "/" : path;
    }

    private void writeProblem(RoutingContext ctx, Problem problem) {
        if (!ctx.response().headWritten()) {
            writeProblem(ctx.response(), problem);
        }
    }

    /** The one way a problem is written below the REST layer (router handlers, the codec's invalid requests). */
    Future<Void> writeProblem(HttpServerResponse response, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem is een record van teksten en getallen", e);
        }
        securityHeaders(response.headers());
        return response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("API-Version", apiVersion)
                .end(body);
    }

    /** Strict percent-decoding of the raw path and query: malformed encoding and control characters are a 400. */
    static final class RawRequest {

        private RawRequest() {
        }

        static Problem check(String rawPath, String rawQuery) {
            String path = PercentDecoding.decode(rawPath, false);
            if (path == null || Tekst.bevatStuurteken(path)) {
                return invalid("pad", InvalidParamCode.PATTERN,
                        "Het pad is niet geldig gecodeerd of bevat een stuurteken.");
            }
            if (rawQuery == null || rawQuery.isEmpty()) {
                return null;
            }
            for (String pair : rawQuery.split("&")) {
                int is = pair.indexOf('=');
                String name = PercentDecoding.decode(is < 0 ? pair : pair.substring(0, is), true);
                String value = is < 0 ? "" : PercentDecoding.decode(pair.substring(is + 1), true);
                if (name == null || Tekst.bevatStuurteken(name)) {
                    return invalid("query", InvalidParamCode.PATTERN,
                            "De query is niet geldig gecodeerd of bevat een stuurteken.");
                }
                if (value == null || Tekst.bevatStuurteken(value)) {
                    return invalid(name, InvalidParamCode.PATTERN,
                            name + " is niet geldig gecodeerd of bevat een stuurteken.");
                }
            }
            return null;
        }

        private static Problem invalid(String name, String code, String reason) {
            return Problems.of(ProblemException.invalid(name, code, reason), "/");
        }
    }
}
