package nl.participatiesuite.evaluation.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A peer service played by the JDK's HTTP server on a fixed local port. Tests switch it between
 * answering, answering too slowly, and being down (the port closed), then restore it.
 */
public final class StubPeer {

    /** What the stub answers to one request. */
    public record Antwoord(int status, String contentType, String body) {
    }

    private final Function<URI, Antwoord> routes;
    private final AtomicInteger aanroepen = new AtomicInteger();
    private volatile Duration vertraging = Duration.ZERO;
    private int port;
    private HttpServer server;
    private ExecutorService executor;

    StubPeer(Function<URI, Antwoord> routes) {
        this.routes = routes;
    }

    synchronized void start() {
        try {
            // The first start picks a free port; a restart after plat() takes the same one again.
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Stub peer did not start", e);
        }
        port = server.getAddress().getPort();
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The peer is down: nothing listens on its port any more. */
    public void plat() {
        stop();
    }

    /** Every answer comes only after this delay. */
    public void traag(Duration delay) {
        vertraging = delay;
    }

    /** Back to normal: listening and answering at once. */
    public synchronized void herstel() {
        vertraging = Duration.ZERO;
        if (server == null) {
            start();
        }
    }

    public int aanroepen() {
        return aanroepen.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        aanroepen.incrementAndGet();
        try (exchange) {
            Duration delay = vertraging;
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            Antwoord antwoord = routes.apply(exchange.getRequestURI());
            byte[] body = antwoord.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", antwoord.contentType());
            exchange.sendResponseHeaders(antwoord.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
