package nl.participatiesuite.apirules.http;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.lang.reflect.Field;
import nl.participatiesuite.apirules.problem.Problems;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * A request the HTTP codec cannot parse (bad header bytes, a broken Content-Length or
 * Transfer-Encoding, a request line the codec refuses) never reaches a router: Vert.x answers it
 * with a bare status and no body. This gives those answers the same problem+json and API-Version
 * as every other error.
 *
 * <p>Why reflection: Vert.x has the hook ({@code HttpServer#invalidRequestHandler}), but Quarkus
 * creates and starts the server itself and reads the hook only when it starts listening. So once
 * the server has started, the handler is put into each server's connection handler, from which
 * every new connection takes it. If a Vert.x upgrade moves those fields, this logs a warning and the
 * services keep the bare answers; {@code StrictInputContractTest} then fails, so it cannot go unnoticed.
 * The handler is installed when the servers have started and again at every readiness probe; readiness
 * is DOWN until it is in place, so no traffic is routed to a pod that would still answer bare.
 */
@Singleton
@Readiness
public class InvalidRequests implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(InvalidRequests.class);

    private final HttpRules rules;
    private final Vertx vertx;
    private final Handler<HttpServerRequest> handler = this::answer;
    private int installedOn;
    private boolean failed;

    InvalidRequests(HttpRules rules, Vertx vertx) {
        this.rules = rules;
        this.vertx = vertx;
    }

    void installed(@ObservesAsync HttpServerStart started) {
        install();
    }

    /**
     * Puts the handler into every HTTP server deployed so far. Quarkus starts one server per event loop
     * and announces the start once, possibly before all are up, so each readiness probe installs again
     * (cheap and idempotent): a pod is ready only when every server it runs has the handler.
     */
    synchronized int install() {
        Handler<HttpServerRequest> handler = this.handler;
        int servers = 0;
        try {
            VertxInternal internal = (VertxInternal) vertx;
            for (String id : vertx.deploymentIDs()) {
                Deployment deployment = internal.getDeployment(id);
                if (deployment == null) {
                    continue;
                }
                for (Verticle verticle : deployment.getVerticles()) {
                    servers += install(verticle, handler);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!failed) {
                LOG.warn("Onleesbare verzoeken krijgen geen problem+json: de HTTP-server is niet te bereiken (" + e + ")");
            }
            failed = true;
            return 0;
        }
        if (servers > installedOn) {
            LOG.debugf("problem+json voor onleesbare verzoeken op %d HTTP-server(s)", servers);
        }
        installedOn = servers;
        return servers;
    }

    @Override
    public HealthCheckResponse call() {
        // A failed install leaves the service working with Vert.x's bare answers (logged): not a reason to take it out.
        return HealthCheckResponse.named("problem+json voor onleesbare verzoeken").status(install() > 0 || failed).build();
    }

    private static int install(Verticle verticle, Handler<HttpServerRequest> handler) throws ReflectiveOperationException {
        int servers = 0;
        for (Field field : verticle.getClass().getDeclaredFields()) {
            if (!HttpServer.class.isAssignableFrom(field.getType())) {
                continue;
            }
            field.setAccessible(true);
            Object server = field.get(verticle);
            if (server == null) {
                continue;
            }
            Object worker = read(server, "childHandler");
            Object connections = read(worker, "connectionHandler");
            Field invalid = connections.getClass().getDeclaredField("invalidRequestHandler");
            invalid.setAccessible(true);
            invalid.set(connections, handler);
            servers++;
        }
        return servers;
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(target);
            } catch (NoSuchFieldException e) {
                // Look in the superclass: TCPServerBase holds the channel handler of every Vert.x server.
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** What Vert.x's default does (status by cause, then close the connection), with a problem+json body. */
    private void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        int status = cause instanceof TooLongHttpLineException ? 414
                : cause instanceof TooLongHttpHeaderException ? 431
                : 400;
        request.response().putHeader("Connection", "close");
        rules.writeProblem(request.response(), Problems.forStatus(status, "/"))
                .onComplete(done -> request.connection().close());
    }
}
