package nl.participatiesuite.assessment.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.participatiesuite.apirules.test.StubPeer;

/**
 * What a {@link StubPeer} received, headers included: a front on its own port that writes down every request
 * (method, path, query and the Authorization header) and passes it on, Authorization too, to the stub, whose answer
 * (checked against the peer's contract as always) it returns unchanged. StubPeer's routes see only the URI, so
 * this is how a test proves that the caller's token reached the peer.
 *
 * <p>A stub that is down ({@link StubPeer#plat()}) stays down for the service: the front cannot reach it and closes
 * the connection without an answer; a slow stub stays slow, the front waits for it.
 */
public final class Voorportaal {

    /** One request as the front received it; {@code authorization} is null when none was sent. */
    public record Verzoek(String methode, String pad, String query, String authorization) {
    }

    /** Answered by the front itself, never passed on: warms up the JDK HttpClient at start. */
    private static final String OPWARMEN = "/_voorportaal/opwarmen";

    private final StubPeer peer;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService executor;

    public Voorportaal(StubPeer peer) {
        this.peer = peer;
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Voorportaal niet gestart", e);
        }
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.createContext(OPWARMEN, exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        // The first request of a JDK HttpClient is slow (its machinery starts): not on a service's peer call.
        try {
            client.send(HttpRequest.newBuilder(URI.create(url() + OPWARMEN)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("Voorportaal niet bereikbaar", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request received since the start, oldest first. */
    public List<Verzoek> verzoeken() {
        return List.copyOf(verzoeken);
    }

    /** The requests whose path starts with this. */
    public List<Verzoek> naar(String padBegin) {
        return verzoeken.stream().filter(verzoek -> verzoek.pad().startsWith(padBegin)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            verzoeken.add(new Verzoek(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), authorization));
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder doorgestuurd = HttpRequest.newBuilder(URI.create(peer.url() + uri.getRawPath()
                            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                    .method(exchange.getRequestMethod(), body.length == 0
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : List.of("Accept", "Content-Type", "Authorization")) {
                String waarde = exchange.getRequestHeaders().getFirst(header);
                if (waarde != null) {
                    doorgestuurd.header(header, waarde);
                }
            }
            HttpResponse<byte[]> antwoord;
            try {
                // A stub that is down throws here: the exchange is then closed without an answer.
                antwoord = client.send(doorgestuurd.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("onderbroken", e);
            }
            antwoord.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            byte[] inhoud = antwoord.body();
            exchange.sendResponseHeaders(antwoord.statusCode(), inhoud.length == 0 ? -1 : inhoud.length);
            if (inhoud.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(inhoud);
                }
            }
        }
    }
}
