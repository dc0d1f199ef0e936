package nl.participatiesuite.apirules.http;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import nl.participatiesuite.apirules.problem.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the API data: only the front-ends an environment names (SUITE_CORS_ORIGINS, comma-separated exact
 * origins) may call it from a browser, with a token. The published contract stays open to every origin
 * ({@link HttpRules}). A preflight from another origin is a 403 problem; a plain request from one gets no CORS
 * headers, so the browser keeps the answer from the page.
 */
@Singleton
public class CorsToegang {

    private static final String API = "/api/v1";
    private static final String OPENAPI = "/api/v1/openapi";
    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String REQUEST_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Accept";
    static final String EXPOSED_HEADERS = "ETag, Location, Link, X-Total-Count, API-Version, WWW-Authenticate";

    private final List<String> origins;
    private final HttpRules rules;

    CorsToegang(@ConfigProperty(name = "suite.cors.origins") Optional<List<String>> origins, HttpRules rules) {
        this.origins = origins.orElse(List.of());
        this.rules = rules;
    }

    void install(@Observes StartupEvent start, Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::cors);
    }

    static boolean toegestaan(String origin, List<String> origins) {
        return origin != null && origins.contains(origin);
    }

    private void cors(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        String path = ctx.request().path();
        if (origin == null || !path.startsWith(API) || path.startsWith(OPENAPI)) {
            ctx.next();
            return;
        }
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader("Access-Control-Request-Method") != null;
        ctx.response().headers().add("Vary", "Origin");
        if (!toegestaan(origin, origins)) {
            if (preflight) {
                rules.writeProblem(ctx.response(), Problems.of(403, "cors-geweigerd", "Herkomst niet toegestaan",
                        "Deze omgeving staat verzoeken van deze herkomst niet toe.", path, null));
                return;
            }
            ctx.next();
            return;
        }
        ctx.response().putHeader("Access-Control-Allow-Origin", origin)
                .putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if (preflight) {
            ctx.response().putHeader("Access-Control-Allow-Methods", METHODS)
                    .putHeader("Access-Control-Allow-Headers", REQUEST_HEADERS)
                    .putHeader("Access-Control-Max-Age", "600")
                    .setStatusCode(204).end();
            return;
        }
        ctx.next();
    }
}
