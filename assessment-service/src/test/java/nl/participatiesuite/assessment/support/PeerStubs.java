package nl.participatiesuite.assessment.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.participatiesuite.apirules.test.StubPeer;
import nl.participatiesuite.apirules.test.StubPeer.Antwoord;

/**
 * The registry-service and the evaluation-service as {@link StubPeer}s, each serving the canned answers its
 * committed contract promises (and checked against it). Tests register kernen, initiatieven and werkvorm scores
 * through the static methods (fresh ids and gemeenten per test, so tests never see each other's data) and switch
 * a peer's behaviour: {@link StubPeer#plat()} closes its port, {@link StubPeer#traag(Duration)} delays every
 * answer, {@link #weiger} makes it refuse the caller's token (401 or 403). {@link ApiTest} restores all of it after
 * every test. The service talks to each stub through a {@link Voorportaal}, which records what the stub received,
 * the Authorization header included.
 */
public class PeerStubs implements QuarkusTestResourceLifecycleManager {

    /** Longer than the service waits for a peer (its fault-tolerance timeout, and its client's read timeout). */
    public static final Duration TRAAG = Duration.ofSeconds(3);

    private static final String TIJDSTIP = "2025-03-01T10:00:00Z";
    private static final Map<UUID, Map<String, Object>> KERNEN = new ConcurrentHashMap<>();
    private static final Map<UUID, List<Map<String, Object>>> KERNAMBTENAREN = new ConcurrentHashMap<>();
    private static final Map<UUID, Map<String, Object>> INITIATIEVEN = new ConcurrentHashMap<>();
    private static final Map<String, List<Map<String, Object>>> EFFECTIVITEIT = new ConcurrentHashMap<>();
    private static final Map<String, List<Map<String, Object>>> NIET_GEDEELDE_EFFECTIVITEIT = new ConcurrentHashMap<>();

    public static final StubPeer REGISTRY = new StubPeer(Path.of("../registry-service/src/main/openapi/openapi.yaml"),
            PeerStubs::registry);
    public static final StubPeer EVALUATION = new StubPeer(
            Path.of("../evaluation-service/src/main/openapi/openapi.yaml"), PeerStubs::evaluation);

    /** Every stub peer: {@link ApiTest} checks and restores them all after each test. */
    public static final List<StubPeer> ALLE = List.of(REGISTRY, EVALUATION);

    /** What the registry stub received, headers included. */
    public static final Voorportaal REGISTRY_ONTVANGEN = new Voorportaal(REGISTRY);
    /** What the evaluation stub received, headers included. */
    public static final Voorportaal EVALUATION_ONTVANGEN = new Voorportaal(EVALUATION);

    /** Paths (by their beginning) that a stub answers with this status instead: the peer refuses the caller. */
    private static final Map<String, Integer> WEIGERINGEN = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        ALLE.forEach(StubPeer::start);
        REGISTRY_ONTVANGEN.start();
        EVALUATION_ONTVANGEN.start();
        return Map.of("quarkus.rest-client.registry.url", REGISTRY_ONTVANGEN.url(),
                "quarkus.rest-client.evaluation.url", EVALUATION_ONTVANGEN.url());
    }

    @Override
    public void stop() {
        REGISTRY_ONTVANGEN.stop();
        EVALUATION_ONTVANGEN.stop();
        ALLE.forEach(StubPeer::stop);
    }

    /**
     * From now on the stub answers requests whose path starts with {@code padBegin} (e.g. /api/v1/kernambtenaren)
     * with 401 or 403, as the real peer does for a caller without the right token.
     */
    public static void weiger(String padBegin, int status) {
        WEIGERINGEN.put(padBegin, status);
    }

    /** Every stub answers every caller again ({@link ApiTest}, after each test). */
    public static void weigerNiets() {
        WEIGERINGEN.clear();
    }

    private static Antwoord geweigerd(URI uri) {
        for (Map.Entry<String, Integer> weigering : WEIGERINGEN.entrySet()) {
            if (uri.getPath().startsWith(weigering.getKey())) {
                int status = weigering.getValue();
                return new Antwoord(status, "application/problem+json", """
                        {"type":"https://participatie-suite.example.org/problemen/%s","title":"%s","status":%d,                        "detail":"De stub weigert deze aanroeper.","instance":"%s"}"""
                        .formatted(status == 401 ? "niet-geauthenticeerd" : "geen-toegang",
                                status == 401 ? "Niet geauthenticeerd" : "Geen toegang", status, uri.getPath()));
            }
        }
        return null;
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
        KERNAMBTENAREN.put(id, new java.util.concurrent.CopyOnWriteArrayList<>());
        for (String[] a : kernambtenaren) {
            kernambtenaar(gemeente, id, a);
        }
        return id;
    }

    /** One more kernambtenaar of a kern made with {@link #kern}, given as {naam, email, telefoon}. */
    public static void kernambtenaar(String gemeente, UUID kern, String[] a) {
        Map<String, Object> ambtenaar = metTijden(UUID.randomUUID());
        ambtenaar.put("naam", a[0]);
        ambtenaar.put("email", a[1]);
        ambtenaar.put("telefoon", a[2]);
        ambtenaar.put("gemeente", gemeente);
        ambtenaar.put("kernIds", List.of(kern.toString()));
        KERNAMBTENAREN.get(kern).add(ambtenaar);
    }

    /** What an initiatief of {@link #initiatief} says of itself, which a beoordeling takes when it leaves it out. */
    public static final String DOEL = "De gezondheid van jongeren verbeteren";
    public static final String ACTIVITEIT = "Drie sportveldjes realiseren";
    public static final String SCHAAL = "DORP_WIJK";

    /** An initiatief of the gemeente by an inwoner, in these kernen (the first is the one a beoordeling takes). */
    public static UUID initiatief(String gemeente, UUID... kernIds) {
        return initiatief(gemeente, "INWONER", kernIds);
    }

    /**
     * An initiatief of the gemeente in these kernen, by an initiatiefnemer of this registry type (INWONER, ONDERNEMER,
     * ORGANISATIE, GEMEENTE).
     */
    public static UUID initiatief(String gemeente, String initiatiefnemerType, UUID... kernIds) {
        UUID id = UUID.randomUUID();
        Map<String, Object> initiatief = metTijden(id);
        initiatief.put("gemeente", gemeente);
        initiatief.put("titel", "Sportveldjes");
        initiatief.put("doel", DOEL);
        initiatief.put("activiteit", ACTIVITEIT);
        initiatief.put("kernIds", List.of(kernIds).stream().map(UUID::toString).toList());
        initiatief.put("schaal", SCHAAL);
        initiatief.put("initiatiefnemer", Map.of("type", initiatiefnemerType, "naam", "Bewonersgroep"));
        initiatief.put("status", "INGEDIEND");
        INITIATIEVEN.put(id, initiatief);
        return id;
    }

    /** How well a werkvorm worked before in this gemeente at this schaal, by shared reports: every caller sees it. */
    public static void effectiviteit(String gemeente, String schaal, String werkvorm, String gemiddelde, int aantal) {
        EFFECTIVITEIT.computeIfAbsent(gemeente + "|" + schaal, k -> new ArrayList<>())
                .add(rij(schaal, werkvorm, gemiddelde, aantal));
    }

    /**
     * The same by reports the gemeente did not share: as the real evaluation-service, the stub counts them only for a
     * caller of that gemeente or a suite service account (role systeem), never for an anonymous caller.
     */
    public static void nietGedeeldeEffectiviteit(String gemeente, String schaal, String werkvorm, String gemiddelde,
            int aantal) {
        NIET_GEDEELDE_EFFECTIVITEIT.computeIfAbsent(gemeente + "|" + schaal, k -> new ArrayList<>())
                .add(rij(schaal, werkvorm, gemiddelde, aantal));
    }

    private static Map<String, Object> rij(String schaal, String werkvorm, String gemiddelde, int aantal) {
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("werkvorm", werkvorm);
        rij.put("schaal", schaal);
        rij.put("gemiddeldeWaardering", new BigDecimal(gemiddelde));
        rij.put("aantalBeoordelingen", aantal);
        return rij;
    }

    /** Whether the token (read, not verified: the stub trusts the service under test) counts as the gemeente's own. */
    private static boolean eigenGemeente(String authorization, String gemeente) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] delen = authorization.substring("Bearer ".length()).split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(delen[1]), java.nio.charset.StandardCharsets.UTF_8);
        return claims.contains("\"gemeente\":\"" + gemeente + "\"") || !claims.contains("\"gemeente\"")
                && claims.contains("\"systeem\"");
    }

    private static Antwoord registry(URI uri) {
        Antwoord weigering = geweigerd(uri);
        if (weigering != null) {
            return weigering;
        }
        String pad = uri.getPath();
        if (pad.startsWith("/api/v1/kernen/")) {
            return Antwoord.foundOr404(KERNEN.get(StubPeer.uuid(pad.substring("/api/v1/kernen/".length()))), uri);
        }
        if (pad.startsWith("/api/v1/initiatieven/")) {
            return Antwoord.foundOr404(INITIATIEVEN.get(StubPeer.uuid(pad.substring("/api/v1/initiatieven/".length()))), uri);
        }
        if (pad.equals("/api/v1/kernambtenaren")) {
            Map<String, String> query = StubPeer.query(uri);
            List<Map<String, Object>> items = KERNAMBTENAREN.getOrDefault(StubPeer.uuid(query.get("kern")), List.of());
            return Antwoord.ok(StubPeer.page(items, Integer.parseInt(query.getOrDefault("pageSize", "20"))));
        }
        return Antwoord.problem(404, "Niet gevonden", uri);
    }

    private static Antwoord evaluation(URI uri, String authorization) {
        Antwoord weigering = geweigerd(uri);
        if (weigering != null) {
            return weigering;
        }
        if (!uri.getPath().equals("/api/v1/werkvorm-effectiviteit")) {
            return Antwoord.problem(404, "Niet gevonden", uri);
        }
        Map<String, String> query = StubPeer.query(uri);
        String sleutel = query.get("gemeente") + "|" + query.get("schaal");
        List<Map<String, Object>> werkvormen = new ArrayList<>(EFFECTIVITEIT.getOrDefault(sleutel, List.of()));
        if (eigenGemeente(authorization, query.get("gemeente"))) {
            werkvormen.addAll(NIET_GEDEELDE_EFFECTIVITEIT.getOrDefault(sleutel, List.of()));
        }
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("gemeente", query.get("gemeente"));
        if (query.containsKey("schaal")) {
            antwoord.put("schaal", query.get("schaal"));
        }
        antwoord.put("aantalEvaluaties", werkvormen.stream().mapToInt(w -> (Integer) w.get("aantalBeoordelingen")).sum());
        antwoord.put("werkvormen", werkvormen);
        return Antwoord.ok(antwoord);
    }

    private static Map<String, Object> metTijden(UUID id) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("id", id.toString());
        resource.put("aangemaaktOp", TIJDSTIP);
        resource.put("gewijzigdOp", TIJDSTIP);
        return resource;
    }
}
