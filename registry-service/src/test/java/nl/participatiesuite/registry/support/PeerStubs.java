package nl.participatiesuite.registry.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.participatiesuite.apirules.test.StubPeer;
import nl.participatiesuite.apirules.test.StubPeer.Antwoord;

/**
 * The evaluation-service as a {@link StubPeer}, serving what its committed contract promises (and checked against it):
 * for {@code GET /evaluaties?initiatief=} a page with one evaluatie when a test registered one for that initiatief
 * ({@link #evaluatie}), else an empty page. Tests switch its behaviour ({@link StubPeer#plat()}, {@link #weiger});
 * {@link ApiTest} restores it after every test. No test of the registry reaches a real evaluation-service.
 */
public class PeerStubs implements QuarkusTestResourceLifecycleManager {

    private static final String TIJDSTIP = "2026-03-01T10:00:00Z";
    private static final Set<UUID> GEEVALUEERD = ConcurrentHashMap.newKeySet();
    /** The status the stub answers every request with instead, when set: the peer refuses the caller. */
    private static volatile Integer weigering;

    public static final StubPeer EVALUATION = new StubPeer(
            Path.of("../evaluation-service/src/main/openapi/openapi.yaml"), PeerStubs::evaluation);

    private static final Path ASSESSMENT_CONTRACT = Path.of("../assessment-service/src/main/openapi/openapi.yaml");
    private static final Map<UUID, ObjectNode> BEOORDELINGEN = new ConcurrentHashMap<>();

    public static final StubPeer ASSESSMENT = new StubPeer(ASSESSMENT_CONTRACT, PeerStubs::assessment);

    public static final List<StubPeer> ALLE = List.of(EVALUATION, ASSESSMENT);

    @Override
    public Map<String, String> start() {
        ALLE.forEach(StubPeer::start);
        return Map.of("quarkus.rest-client.evaluation.url", EVALUATION.url(),
                "quarkus.rest-client.assessment.url", ASSESSMENT.url());
    }

    @Override
    public void stop() {
        ALLE.forEach(StubPeer::stop);
    }

    /** From now on the evaluation-service knows an evaluatie of this initiatief. */
    public static void evaluatie(String initiatiefId) {
        GEEVALUEERD.add(UUID.fromString(initiatiefId));
    }

    /**
     * From now on the assessment-service knows this beoordeling, of this gemeente, naming this initiatief (or none):
     * the contract's own example of a beoordeling with these fields, so it is a beoordeling the real service sends. Its
     * answers are those of overheidsparticipatie with ondersteuningGevraagd MIDDELEN, as an uitdaagrecht's are.
     */
    public static UUID beoordeling(String gemeente, String initiatiefId) {
        UUID id = beoordelingVanDeGemeente(gemeente, initiatiefId);
        ObjectNode invoer = (ObjectNode) BEOORDELINGEN.get(id).get("invoer");
        invoer.put("initiatiefnemer", "SAMENLEVING");
        invoer.remove("gemeenteMoetBeslissen");
        invoer.put("gemeenteBijdrageNodig", true);
        invoer.put("ondersteuningGevraagd", "MIDDELEN");
        invoer.put("pastBijAmbities", true);
        invoer.put("middelenBeschikbaar", true);
        return id;
    }

    /** As {@link #beoordeling}, with the contract example's own answers: a plan the gemeente itself takes. */
    public static UUID beoordelingVanDeGemeente(String gemeente, String initiatiefId) {
        UUID id = UUID.randomUUID();
        ObjectNode beoordeling = voorbeeldBeoordeling();
        beoordeling.put("id", id.toString());
        beoordeling.put("gemeente", gemeente);
        beoordeling.remove("kernId");
        if (initiatiefId == null) {
            beoordeling.remove("initiatiefId");
        } else {
            beoordeling.put("initiatiefId", initiatiefId);
        }
        BEOORDELINGEN.put(id, beoordeling);
        return id;
    }

    /** From now on the assessment-service has deleted this beoordeling (404). */
    public static void beoordelingVerwijderd(UUID id) {
        BEOORDELINGEN.remove(id);
    }

    /** The beoordeling now names another initiatief (or none). */
    public static void beoordelingNoemt(UUID id, String initiatiefId) {
        ObjectNode beoordeling = BEOORDELINGEN.get(id);
        if (initiatiefId == null) {
            beoordeling.remove("initiatiefId");
        } else {
            beoordeling.put("initiatiefId", initiatiefId);
        }
    }

    private static ObjectNode voorbeeldBeoordeling() {
        try {
            JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(ASSESSMENT_CONTRACT.toFile());
            JsonNode voorbeeld = contract.at("/paths/~1beoordelingen~1{id}/get/responses/200/content/application~1json/example");
            if (!voorbeeld.isObject()) {
                throw new IllegalStateException("Het contract van de assessment-service heeft geen voorbeeld van een beoordeling");
            }
            return (ObjectNode) voorbeeld.deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Antwoord assessment(URI uri) {
        Integer status = weigering;
        if (status != null) {
            return geweigerd(status, uri);
        }
        String prefix = "/api/v1/beoordelingen/";
        if (!uri.getPath().startsWith(prefix)) {
            return Antwoord.problem(404, "Niet gevonden", uri);
        }
        UUID id = StubPeer.uuid(uri.getPath().substring(prefix.length()));
        return Antwoord.foundOr404(id == null ? null : BEOORDELINGEN.get(id), uri);
    }

    /** From now on the stub answers every request with 401 or 403, as the real peer does for a caller without access. */
    public static void weiger(int status) {
        weigering = status;
    }

    public static void weigerNiets() {
        weigering = null;
    }

    private static Antwoord evaluation(URI uri) {
        Integer status = weigering;
        if (status != null) {
            return geweigerd(status, uri);
        }
        if (!uri.getPath().equals("/api/v1/evaluaties")) {
            return Antwoord.problem(404, "Niet gevonden", uri);
        }
        Map<String, String> query = StubPeer.query(uri);
        UUID initiatief = StubPeer.uuid(query.get("initiatief"));
        List<Map<String, Object>> items = initiatief != null && GEEVALUEERD.contains(initiatief)
                ? List.of(evaluatie(initiatief, query.get("gemeente")))
                : List.of();
        return Antwoord.ok(StubPeer.page(items, Integer.parseInt(query.getOrDefault("pageSize", "20"))));
    }

    private static Antwoord geweigerd(int status, URI uri) {
        return new Antwoord(status, "application/problem+json", """
                {"type":"https://participatie-suite.example.org/problemen/geen-toegang","title":"Geen toegang",\
                "status":%d,"detail":"De stub weigert deze aanroeper.","instance":"%s"}""".formatted(status, uri.getPath()));
    }

    /** The smallest evaluatie the contract allows. */
    private static Map<String, Object> evaluatie(UUID initiatief, String gemeente) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", UUID.randomUUID().toString());
        e.put("initiatiefId", initiatief.toString());
        e.put("gemeente", gemeente);
        e.put("kernIds", List.of());
        e.put("doelen", List.of());
        e.put("succesfactoren", List.of());
        e.put("leerpunten", List.of());
        e.put("knelpunten", List.of());
        e.put("deelnemersoordelen", List.of());
        e.put("gerealiseerdNiveau", "COPRODUCEREN");
        e.put("participatiebelofte", Map.of("gerealiseerdNiveau", "COPRODUCEREN", "bron", "GEEN_BEOORDELING",
                "toelichting", "Zonder beoordeling geen gepland niveau."));
        e.put("werkvormen", List.of());
        e.put("valkuilen", List.of());
        e.put("gedeeld", false);
        e.put("themas", List.of());
        e.put("signaleringen", List.of());
        e.put("aangemaaktOp", TIJDSTIP);
        e.put("gewijzigdOp", TIJDSTIP);
        return e;
    }
}
