package nl.participatiesuite.apirules.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.participatiesuite.apirules.notificaties.Handtekening;

/**
 * A subscriber for notification tests: a small HTTP server on loopback that checks each delivery's signature and keeps
 * what it received. It can answer 500, hang, or be away (stopped), to prove the dispatcher retries without losing
 * anything; it accepts every request again once told to.
 */
public final class Ontvanger implements AutoCloseable {

    public enum Gedrag { OK, FOUT_500, HANGEN }

    /** One delivery as received: its CloudEvent, and whether its signature was right. */
    public record Ontvangen(JsonNode event, boolean handtekeningKlopt, String autorisatie) {

        public String id() {
            return event.path("id").asText();
        }

        public String subject() {
            return event.path("subject").asText();
        }

        public long volgnummer() {
            return Long.parseLong(event.path("sequence").asText());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String geheim;
    private final List<Ontvangen> ontvangen = new CopyOnWriteArrayList<>();
    private volatile Gedrag gedrag = Gedrag.OK;
    private volatile CountDownLatch losgelaten = new CountDownLatch(0);
    private volatile int pogingen;
    private HttpServer server;
    private int poort;

    public Ontvanger(String geheim) {
        this.geheim = geheim;
        start(0);
    }

    public String url() {
        return "http://127.0.0.1:" + poort + "/notificaties";
    }

    public void gedrag(Gedrag nieuw) {
        if (nieuw == Gedrag.HANGEN) {
            losgelaten = new CountDownLatch(1);
        } else {
            losgelaten.countDown();
        }
        gedrag = nieuw;
    }

    /** Away: nothing listens on the port (connection refused) until {@link #terug()}. */
    public void weg() {
        server.stop(0);
    }

    public void terug() {
        start(poort);
    }

    /** Every delivery attempt that reached the server, answered or not. */
    public int pogingen() {
        return pogingen;
    }

    public List<Ontvangen> ontvangen() {
        return new ArrayList<>(ontvangen);
    }

    /** Waits until {@code klaar} holds for what was received (a test's bound, not a timing assertion). */
    public List<Ontvangen> wachtTot(Predicate<List<Ontvangen>> klaar, Duration maximaal) {
        long einde = System.nanoTime() + maximaal.toNanos();
        while (!klaar.test(ontvangen()) && System.nanoTime() < einde) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ontvangen();
    }

    private void start(int gevraagdePoort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", gevraagdePoort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        poort = server.getAddress().getPort();
        server.createContext("/notificaties", this::ontvang);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    private void ontvang(HttpExchange exchange) throws IOException {
        pogingen++;
        byte[] body = exchange.getRequestBody().readAllBytes();
        Gedrag nu = gedrag;
        if (nu == Gedrag.HANGEN) {
            try {
                losgelaten.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (nu == Gedrag.FOUT_500) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        String handtekening = exchange.getRequestHeaders().getFirst(Handtekening.HEADER);
        ontvangen.add(new Ontvangen(JSON.readTree(body), Handtekening.klopt(body, geheim, handtekening),
                exchange.getRequestHeaders().getFirst("Authorization")));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    @Override
    public void close() {
        losgelaten.countDown();
        server.stop(0);
    }
}
