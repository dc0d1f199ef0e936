package nl.participatiesuite.evaluation.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The NL API Design Rules that hold for every response, also those the REST layer never sees
 * (the OpenAPI document, unknown paths): the API-Version header, 404 on a trailing slash, CORS on
 * the published contract, and problem+json for paths nobody serves.
 */
@Singleton
public class HttpRules {

    private static final String OPENAPI_PATH = "/api/v1/openapi";

    private final String apiVersion;
    private final ObjectMapper json;

    HttpRules(@ConfigProperty(name = "api.version") String apiVersion, ObjectMapper json) {
        this.apiVersion = apiVersion;
        this.json = json;
    }

    void install(@Observes StartupEvent start, Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::everyRequest);
        for (int status : new int[] {400, 404, 413}) {
            router.errorHandler(status, ctx -> writeProblem(ctx, Problems.forStatus(status, ctx.request().path())));
        }
    }

    private void everyRequest(RoutingContext ctx) {
        ctx.response().putHeader("API-Version", apiVersion);
        String path = ctx.request().path();
        if (path.startsWith(OPENAPI_PATH)) {
            ctx.response().putHeader("Access-Control-Allow-Origin", "*");
        }
        if (path.length() > 1 && path.endsWith("/") && !path.startsWith("/api/v1/docs")) {
            writeProblem(ctx, Problems.forStatus(404, path));
            return;
        }
        ctx.next();
    }

    private void writeProblem(RoutingContext ctx, Problem problem) {
        try {
            ctx.response().setStatusCode(problem.status())
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .putHeader("API-Version", apiVersion)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(500, e);
        }
    }
}
