package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A peer service played by the JDK's HTTP server on a fixed local port. Tests switch it between
 * answering, answering too slowly, and being down (the port closed), then restore it. Every answer
 * is checked against the peer's committed contract with the validator the REST tests use, so a
 * stub can never promise what the real peer would not send; {@link #contractViolations()} lists
 * what did not match, and a service's ApiTest fails a test that provoked one.
 */
public final class StubPeer {

    /** What the stub answers to one request. */
    public record Antwoord(int status, String contentType, String body) {

        /** 200 with this value as JSON. */
        public static Antwoord ok(Object body) {
            return new Antwoord(200, "application/json", json(body));
        }

        /** The value as 200, or the peer's 404 problem when there is none. */
        public static Antwoord foundOr404(Object resource, URI uri) {
            return resource == null ? problem(404, "Niet gevonden", uri) : ok(resource);
        }

        /** A problem+json answer as every service of the suite gives it. */
        public static Antwoord problem(int status, String title, URI uri) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://participatie-suite.example.org/problemen/niet-gevonden");
            problem.put("title", title);
            problem.put("status", status);
            problem.put("detail", "De stub kent " + uri.getPath() + " niet.");
            problem.put("instance", uri.getPath());
            return new Antwoord(status, "application/problem+json", json(problem));
        }
    }

    /** A one-page collection in the suite's paging shape, holding these items. */
    public static Map<String, Object> page(List<?> items, int pageSize) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("page", 1);
        page.put("pageSize", pageSize);
        page.put("totalItems", items.size());
        page.put("totalPages", 1);
        page.put("totalItemsExact", true);
        return page;
    }

    /** The decoded query parameters of a request (the last value of a repeated one). */
    public static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    /** The id at the end of a path, or null when it is none (the stub then answers 404 like the peer). */
    public static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * After each test: every stub listens and answers at once again, and the test fails if a stub
     * answered something its peer's contract does not allow while it ran.
     */
    public static void restoreAndCheck(List<StubPeer> peers) {
        List<String> violations = new ArrayList<>();
        for (StubPeer peer : peers) {
            violations.addAll(peer.contractViolations());
            peer.clearContractViolations();
            peer.herstel();
        }
        assertEquals(List.of(), violations, "a stub peer answered what its contract does not allow");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BiFunction<URI, String, Antwoord> routes;
    private final OpenApiInteractionValidator contract;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final AtomicInteger aanroepen = new AtomicInteger();
    private final List<com.sun.net.httpserver.Headers> ontvangenHeaders = new CopyOnWriteArrayList<>();
    private volatile Duration vertraging = Duration.ZERO;
    private int port;
    private HttpServer server;
    private ExecutorService executor;

    /** @param contract the peer's committed OpenAPI document, e.g. ../registry-service/src/main/openapi/openapi.yaml */
    public StubPeer(Path contract, Function<URI, Antwoord> routes) {
        this(contract, (uri, authorization) -> routes.apply(uri));
    }

    /** For a peer whose answer depends on who asks: the routes get the request's Authorization header (or null). */
    public StubPeer(Path contract, BiFunction<URI, String, Antwoord> routes) {
        this.routes = routes;
        this.contract = OpenApiInteractionValidator.createForSpecificationUrl(contract.toUri().toString())
                .withBasePathOverride("/api/v1").build();
    }

    public synchronized void start() {
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

    public synchronized void stop() {
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
        ontvangenHeaders.clear();
        if (server == null) {
            start();
        }
    }

    public int aanroepen() {
        return aanroepen.get();
    }

    /** The value of this request header in every request since the last {@link #herstel()} that carried it. */
    public List<String> headerWaarden(String naam) {
        return ontvangenHeaders.stream().map(headers -> headers.getFirst(naam)).filter(java.util.Objects::nonNull).toList();
    }

    /** Canned answers that the peer's contract does not allow, since the last {@link #herstel()}. */
    public List<String> contractViolations() {
        return List.copyOf(violations);
    }

    public void clearContractViolations() {
        violations.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        aanroepen.incrementAndGet();
        ontvangenHeaders.add(exchange.getRequestHeaders());
        try (exchange) {
            Duration delay = vertraging;
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            Antwoord antwoord = routes.apply(exchange.getRequestURI(),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            check(exchange, antwoord);
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

    private void check(HttpExchange exchange, Antwoord antwoord) {
        ValidationReport report = contract.validateResponse(exchange.getRequestURI().getPath(),
                Request.Method.valueOf(exchange.getRequestMethod()),
                SimpleResponse.Builder.status(antwoord.status())
                        .withContentType(antwoord.contentType())
                        .withBody(antwoord.body())
                        .build());
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + antwoord.status()
                        + ": " + message.getMessage());
            }
        }
    }
}
