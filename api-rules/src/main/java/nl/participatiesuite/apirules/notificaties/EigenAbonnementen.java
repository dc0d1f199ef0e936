package nl.participatiesuite.apirules.notificaties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.participatiesuite.apirules.peer.Diensttoken;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This service's own abonnementen at the suite's other services ({@link AbonnerenInstellingen}): taken with its service
 * token (role systeem, all gemeenten) once the other service answers, with this service's callback URL and secret, and
 * checked now and then. Idempotent: an abonnement with the same callback URL is updated, not added again; when
 * replicas starting together each added one, the extra ones are ended.
 */
@ApplicationScoped
@IfBuildProperty(name = "suite.ontvangen.notificaties", stringValue = "true")
public class EigenAbonnementen {

    private static final Logger LOG = Logger.getLogger(EigenAbonnementen.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final AbonnerenInstellingen instellingen;
    private final Diensttoken diensttoken;
    private final String callbackUrl;
    private final String geheim;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private ScheduledExecutorService planner;
    private boolean bijgewerkt;

    EigenAbonnementen(AbonnerenInstellingen instellingen, Diensttoken diensttoken,
            @ConfigProperty(name = "suite.ontvangen.callback-url") String callbackUrl,
            @ConfigProperty(name = "suite.ontvangen.geheim") String geheim) {
        this.instellingen = instellingen;
        this.diensttoken = diensttoken;
        this.callbackUrl = callbackUrl;
        this.geheim = geheim;
    }

    void start(@Observes StartupEvent start) {
        if (!instellingen.actief()) {
            return;
        }
        planner = Executors.newSingleThreadScheduledExecutor(taak -> {
            Thread thread = new Thread(taak, "notificaties-abonneren");
            thread.setDaemon(true);
            return thread;
        });
        planner.schedule(this::ronde, 0, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (planner != null) {
            planner.shutdownNow();
        }
    }

    private void ronde() {
        boolean gelukt = true;
        for (Map.Entry<String, AbonnerenInstellingen.Bij> bij : instellingen.bij().entrySet()) {
            try {
                zorgVoorAbonnement(bij.getValue());
            } catch (IOException | RuntimeException e) {
                gelukt = false;
                LOG.infof("Notificaties: abonnement bij %s nog niet genomen (%s); opnieuw over %s", bij.getKey(),
                        e.getClass().getSimpleName(), instellingen.opnieuwNa());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        bijgewerkt |= gelukt;
        Duration volgende = gelukt ? instellingen.controleElke() : instellingen.opnieuwNa();
        planner.schedule(this::ronde, volgende.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Takes the abonnement, or brings the existing one up to date (once per start: the secret may have changed). */
    public void zorgVoorAbonnement(AbonnerenInstellingen.Bij bij) throws IOException, InterruptedException {
        List<String> bestaand = bestaandeAbonnementen(bij.url());
        Map<String, Object> body = Map.of("callbackUrl", callbackUrl, "geheim", geheim,
                "kanalen", bij.kanalen().stream().map(naam -> Map.of("naam", naam)).toList());
        if (bestaand.isEmpty()) {
            verwacht(201, stuur(HttpRequest.newBuilder(URI.create(bij.url() + "/abonnementen"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))));
            bijgewerkt = true;
            return;
        }
        if (!bijgewerkt) {
            String url = bij.url() + "/abonnementen/" + bestaand.get(0);
            verwacht(200, stuur(HttpRequest.newBuilder(URI.create(url)).header("If-Match", etag(url))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))));
        }
        for (String extra : bestaand.subList(1, bestaand.size())) {
            String url = bij.url() + "/abonnementen/" + extra;
            verwacht(204, stuur(HttpRequest.newBuilder(URI.create(url)).header("If-Match", etag(url)).DELETE()));
        }
    }

    /** The ids of the abonnementen with this service's callback URL, oldest id first. */
    private List<String> bestaandeAbonnementen(String url) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int pagina = 1; ; pagina++) {
            HttpResponse<byte[]> antwoord = stuur(HttpRequest.newBuilder(
                    URI.create(url + "/abonnementen?pageSize=100&page=" + pagina)).GET());
            verwacht(200, antwoord);
            JsonNode items = JSON.readTree(antwoord.body()).path("items");
            for (JsonNode item : items) {
                if (callbackUrl.equals(item.path("callbackUrl").asText())) {
                    ids.add(item.path("id").asText());
                }
            }
            if (items.size() < 100) {
                ids.sort(null);
                return ids;
            }
        }
    }

    private String etag(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> antwoord = stuur(HttpRequest.newBuilder(URI.create(url)).GET());
        verwacht(200, antwoord);
        return antwoord.headers().firstValue("ETag").orElseThrow(() -> new IOException("geen ETag"));
    }

    private HttpResponse<byte[]> stuur(HttpRequest.Builder verzoek) throws IOException, InterruptedException {
        return http.send(verzoek.timeout(TIMEOUT).header("Authorization", diensttoken.bearer())
                .header("Content-Type", "application/json").header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void verwacht(int status, HttpResponse<byte[]> antwoord) throws IOException {
        if (antwoord.statusCode() != status) {
            throw new IOException("HTTP " + antwoord.statusCode() + " van " + antwoord.uri().getPath());
        }
    }
}
