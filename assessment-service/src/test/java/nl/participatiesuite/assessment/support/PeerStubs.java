package nl.participatiesuite.assessment.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.math.BigDecimal;
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
import java.util.concurrent.ConcurrentHashMap;
import nl.participatiesuite.apirules.test.StubPeer;

/**
 * The registry-service and the evaluation-service as {@link StubPeer}s, each serving the canned answers its
 * committed contract promises (and checked against it). Tests register kernen, initiatieven and werkvorm scores
 * through the static methods (fresh ids and gemeenten per test, so tests never see each other's data) and switch
 * a peer's behaviour: {@link StubPeer#plat()} closes its port, {@link StubPeer#traag(Duration)} delays every
 * answer. {@link ApiTest} restores both after every test.
 */
public class PeerStubs implements QuarkusTestResourceLifecycleManager {

    /** Longer than the service waits for a peer (its fault-tolerance timeout, and its client's read timeout). */
    public static final Duration TRAAG = Duration.ofSeconds(3);

    private static final String TIJDSTIP = "2025-03-01T10:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<UUID, Map<String, Object>> KERNEN = new ConcurrentHashMap<>();
    private static final Map<UUID, List<Map<String, Object>>> KERNAMBTENAREN = new ConcurrentHashMap<>();
    private static final Map<UUID, Map<String, Object>> INITIATIEVEN = new ConcurrentHashMap<>();
    private static final Map<String, List<Map<String, Object>>> EFFECTIVITEIT = new ConcurrentHashMap<>();

    public static final StubPeer REGISTRY = new StubPeer(Path.of("../registry-service/src/main/openapi/openapi.yaml"),
            PeerStubs::registry);
    public static final StubPeer EVALUATION = new StubPeer(
            Path.of("../evaluation-service/src/main/openapi/openapi.yaml"), PeerStubs::evaluation);

    /** Every stub peer: {@link ApiTest} checks and restores them all after each test. */
    public static final List<StubPeer> ALLE = List.of(REGISTRY, EVALUATION);

    @Override
    public Map<String, String> start() {
        ALLE.forEach(StubPeer::start);
        return Map.of("quarkus.rest-client.registry.url", REGISTRY.url(),
                "quarkus.rest-client.evaluation.url", EVALUATION.url());
    }

    @Override
    public void stop() {
        ALLE.forEach(StubPeer::stop);
    }

    /** A kern of the gemeente with these kernambtenaren, each given as {naam, email, telefoon}. */
    public static UUID kern(String gemeente, String naam, String[]... kernambtenaren) {
        UUID id = UUID.randomUUID();
        Map<String, Object> kern = metTijden(id);
        kern.put("naam", naam);
        kern.put("gemeente", gemeente);
        kern.put("inwonertal", 4000);
        kern.put("kernwethouder", "J. de Vries");
        KERNEN.put(id, kern);
        List<Map<String, Object>> ambtenaren = new ArrayList<>();
        for (String[] a : kernambtenaren) {
            Map<String, Object> ambtenaar = metTijden(UUID.randomUUID());
            ambtenaar.put("naam", a[0]);
            ambtenaar.put("email", a[1]);
            ambtenaar.put("telefoon", a[2]);
            ambtenaar.put("gemeente", gemeente);
            ambtenaar.put("kernIds", List.of(id.toString()));
            ambtenaren.add(ambtenaar);
        }
        KERNAMBTENAREN.put(id, ambtenaren);
        return id;
    }

    /** An initiatief of the gemeente in these kernen (the first is the one a beoordeling takes). */
    public static UUID initiatief(String gemeente, UUID... kernIds) {
        UUID id = UUID.randomUUID();
        Map<String, Object> initiatief = metTijden(id);
        initiatief.put("gemeente", gemeente);
        initiatief.put("titel", "Sportveldjes");
        initiatief.put("doel", "De gezondheid van jongeren verbeteren");
        initiatief.put("activiteit", "Drie sportveldjes realiseren");
        initiatief.put("kernIds", List.of(kernIds).stream().map(UUID::toString).toList());
        initiatief.put("schaal", "DORP_WIJK");
        initiatief.put("initiatiefnemer", Map.of("type", "INWONER", "naam", "Bewonersgroep"));
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

    private static StubPeer.Antwoord registry(URI uri) {
        String pad = uri.getPath();
        if (pad.startsWith("/api/v1/kernen/")) {
            return gevondenOf404(KERNEN.get(uuid(pad.substring("/api/v1/kernen/".length()))), uri);
        }
        if (pad.startsWith("/api/v1/initiatieven/")) {
            return gevondenOf404(INITIATIEVEN.get(uuid(pad.substring("/api/v1/initiatieven/".length()))), uri);
        }
        if (pad.equals("/api/v1/kernambtenaren")) {
            Map<String, String> query = query(uri);
            List<Map<String, Object>> items = KERNAMBTENAREN.getOrDefault(uuid(query.get("kern")), List.of());
            return ok(pagina(items, Integer.parseInt(query.getOrDefault("pageSize", "20"))));
        }
        return probleem(404, "Niet gevonden", uri);
    }

    private static StubPeer.Antwoord evaluation(URI uri) {
        if (!uri.getPath().equals("/api/v1/werkvorm-effectiviteit")) {
            return probleem(404, "Niet gevonden", uri);
        }
        Map<String, String> query = query(uri);
        List<Map<String, Object>> werkvormen = EFFECTIVITEIT.getOrDefault(query.get("gemeente") + "|" + query.get("schaal"),
                List.of());
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("gemeente", query.get("gemeente"));
        if (query.containsKey("schaal")) {
            antwoord.put("schaal", query.get("schaal"));
        }
        antwoord.put("aantalEvaluaties", werkvormen.stream().mapToInt(w -> (Integer) w.get("aantalBeoordelingen")).sum());
        antwoord.put("werkvormen", werkvormen);
        return ok(antwoord);
    }

    private static Map<String, Object> metTijden(UUID id) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("id", id.toString());
        resource.put("aangemaaktOp", TIJDSTIP);
        resource.put("gewijzigdOp", TIJDSTIP);
        return resource;
    }

    private static Map<String, Object> pagina(List<Map<String, Object>> items, int pageSize) {
        Map<String, Object> pagina = new LinkedHashMap<>();
        pagina.put("items", items);
        pagina.put("page", 1);
        pagina.put("pageSize", pageSize);
        pagina.put("totalItems", items.size());
        pagina.put("totalPages", 1);
        pagina.put("totalItemsExact", true);
        return pagina;
    }

    private static StubPeer.Antwoord gevondenOf404(Map<String, Object> resource, URI uri) {
        return resource == null ? probleem(404, "Niet gevonden", uri) : ok(resource);
    }

    private static StubPeer.Antwoord ok(Object body) {
        return new StubPeer.Antwoord(200, "application/json", json(body));
    }

    private static StubPeer.Antwoord probleem(int status, String titel, URI uri) {
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("type", "https://participatie-suite.example.org/problemen/niet-gevonden");
        probleem.put("title", titel);
        probleem.put("status", status);
        probleem.put("detail", "De stub kent " + uri.getPath() + " niet.");
        probleem.put("instance", uri.getPath());
        return new StubPeer.Antwoord(status, "application/problem+json", json(probleem));
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

    private static String json(Object waarde) {
        try {
            return JSON.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
