package nl.participatiesuite.assessment.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The registry-service and the evaluation-service, played by the JDK's HTTP server on one free port with the
 * answers their contracts promise. Tests register kernen, initiatieven and werkvorm scores through the static
 * methods (fresh ids per test, so tests never see each other's data) and switch a peer's behaviour;
 * {@link ApiTest} puts both back to normal after every test.
 */
public final class PeerStub {

    /** How a peer behaves. */
    public enum Gedrag {
        /** Answers at once: the canned data, 404 for an unknown id. */
        NORMAAL,
        /** Answers 503 to everything. */
        PLAT,
        /** Answers only after {@link #VERTRAGING_MS}, longer than the service's timeout. */
        TRAAG
    }

    public static final long VERTRAGING_MS = 3000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<UUID, Map<String, Object>> KERNEN = new ConcurrentHashMap<>();
    private static final Map<UUID, List<Map<String, Object>>> KERNAMBTENAREN = new ConcurrentHashMap<>();
    private static final Map<UUID, Map<String, Object>> INITIATIEVEN = new ConcurrentHashMap<>();
    private static final Map<String, List<Map<String, Object>>> EFFECTIVITEIT = new ConcurrentHashMap<>();
    private static final AtomicInteger REGISTRY_AANROEPEN = new AtomicInteger();

    private static volatile Gedrag registry = Gedrag.NORMAAL;
    private static volatile Gedrag evaluation = Gedrag.NORMAAL;

    private static HttpServer server;
    private static ExecutorService executor;

    private PeerStub() {
    }

    static synchronized String start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Peer stub did not start", e);
        }
        // A pool, so a slow answer never holds up the next test's requests.
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", PeerStub::behandel);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    public static void registry(Gedrag gedrag) {
        registry = gedrag;
    }

    public static void evaluation(Gedrag gedrag) {
        evaluation = gedrag;
    }

    public static void normaal() {
        registry = Gedrag.NORMAAL;
        evaluation = Gedrag.NORMAAL;
    }

    /** Requests the registry received so far (to see that an open circuit stops calling it). */
    public static int registryAanroepen() {
        return REGISTRY_AANROEPEN.get();
    }

    /** A kern of the gemeente with these kernambtenaren, each given as {naam, email, telefoon}. */
    public static UUID kern(String gemeente, String naam, String[]... kernambtenaren) {
        UUID id = UUID.randomUUID();
        Map<String, Object> kern = new LinkedHashMap<>();
        kern.put("id", id.toString());
        kern.put("naam", naam);
        kern.put("gemeente", gemeente);
        kern.put("inwonertal", 4000);
        KERNEN.put(id, kern);
        List<Map<String, Object>> ambtenaren = new ArrayList<>();
        for (String[] a : kernambtenaren) {
            Map<String, Object> ambtenaar = new LinkedHashMap<>();
            ambtenaar.put("id", UUID.randomUUID().toString());
            ambtenaar.put("naam", a[0]);
            ambtenaar.put("email", a[1]);
            ambtenaar.put("telefoon", a[2]);
            ambtenaren.add(ambtenaar);
        }
        KERNAMBTENAREN.put(id, ambtenaren);
        return id;
    }

    public static UUID initiatief(String gemeente, UUID... kernIds) {
        UUID id = UUID.randomUUID();
        Map<String, Object> initiatief = new LinkedHashMap<>();
        initiatief.put("id", id.toString());
        initiatief.put("gemeente", gemeente);
        initiatief.put("titel", "Sportveldjes");
        initiatief.put("kernIds", List.of(kernIds).stream().map(UUID::toString).toList());
        initiatief.put("status", "INGEDIEND");
        INITIATIEVEN.put(id, initiatief);
        return id;
    }

    /** How well a werkvorm worked before in this gemeente at this schaal. */
    public static void effectiviteit(String gemeente, String schaal, String werkvorm, String gemiddelde, int aantal) {
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("werkvorm", werkvorm);
        rij.put("schaal", schaal);
        rij.put("gemiddeldeWaardering", new BigDecimal(gemiddelde));
        rij.put("aantalBeoordelingen", aantal);
        EFFECTIVITEIT.computeIfAbsent(gemeente + "|" + schaal, k -> new ArrayList<>()).add(rij);
    }

    private static void behandel(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            boolean naarRegistry = !uri.getPath().startsWith("/api/v1/werkvorm-effectiviteit");
            if (naarRegistry) {
                REGISTRY_AANROEPEN.incrementAndGet();
            }
            Gedrag gedrag = naarRegistry ? registry : evaluation;
            if (gedrag == Gedrag.TRAAG) {
                Thread.sleep(VERTRAGING_MS);
            }
            if (gedrag == Gedrag.PLAT) {
                schrijf(exchange, 503, probleem(503, "Service Unavailable", uri));
                return;
            }
            Object antwoord = naarRegistry ? registry(uri) : evaluation(uri);
            if (antwoord == null) {
                schrijf(exchange, 404, probleem(404, "Niet gevonden", uri));
            } else {
                schrijf(exchange, 200, antwoord);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object registry(URI uri) {
        String pad = uri.getPath();
        Map<String, String> query = query(uri);
        if (pad.startsWith("/api/v1/kernen/")) {
            return KERNEN.get(uuid(pad.substring("/api/v1/kernen/".length())));
        }
        if (pad.startsWith("/api/v1/initiatieven/")) {
            return INITIATIEVEN.get(uuid(pad.substring("/api/v1/initiatieven/".length())));
        }
        if (pad.equals("/api/v1/kernambtenaren")) {
            List<Map<String, Object>> items = KERNAMBTENAREN.getOrDefault(uuid(query.get("kern")), List.of());
            return pagina(items);
        }
        return null;
    }

    private static Object evaluation(URI uri) {
        if (!uri.getPath().equals("/api/v1/werkvorm-effectiviteit")) {
            return null;
        }
        Map<String, String> query = query(uri);
        List<Map<String, Object>> werkvormen = EFFECTIVITEIT.getOrDefault(query.get("gemeente") + "|" + query.get("schaal"),
                List.of());
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("aantalEvaluaties", werkvormen.stream().mapToInt(w -> (Integer) w.get("aantalBeoordelingen")).sum());
        antwoord.put("werkvormen", werkvormen);
        return antwoord;
    }

    private static Map<String, Object> pagina(List<Map<String, Object>> items) {
        Map<String, Object> pagina = new LinkedHashMap<>();
        pagina.put("items", items);
        pagina.put("page", 1);
        pagina.put("pageSize", 100);
        pagina.put("totalItems", items.size());
        pagina.put("totalPages", 1);
        return pagina;
    }

    private static Map<String, Object> probleem(int status, String titel, URI uri) {
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("type", "https://participatie-suite.example.org/problemen/stub");
        probleem.put("title", titel);
        probleem.put("status", status);
        probleem.put("detail", titel);
        probleem.put("instance", uri.getPath());
        return probleem;
    }

    private static void schrijf(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String paar : uri.getRawQuery().split("&")) {
                String[] kv = paar.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static UUID uuid(String tekst) {
        try {
            return tekst == null ? null : UUID.fromString(tekst);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
