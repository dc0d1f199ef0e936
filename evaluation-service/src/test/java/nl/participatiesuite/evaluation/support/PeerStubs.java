package nl.participatiesuite.evaluation.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.participatiesuite.apirules.test.StubPeer;
import nl.participatiesuite.apirules.test.StubPeer.Antwoord;

/**
 * The registry-service and assessment-service as stubs, serving the canned answers their contracts
 * promise. Tests register initiatieven and beoordelingen through the static handles and switch a
 * peer's behaviour; {@link ApiTest} restores both after every test.
 */
public class PeerStubs implements QuarkusTestResourceLifecycleManager {

    private static final Map<UUID, Map<String, Object>> INITIATIEVEN = new ConcurrentHashMap<>();
    private static final Map<UUID, Map<String, Object>> BEOORDELINGEN = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The status a peer refuses every request with (401 or 403), or 0 when it answers. */
    private static volatile int registryWeigert;
    private static volatile int assessmentWeigert;

    public static final StubPeer REGISTRY = new StubPeer(Path.of("../registry-service/src/main/openapi/openapi.yaml"), PeerStubs::registry);
    public static final StubPeer ASSESSMENT = new StubPeer(Path.of("../assessment-service/src/main/openapi/openapi.yaml"), PeerStubs::assessment);

    @Override
    public Map<String, String> start() {
        REGISTRY.start();
        ASSESSMENT.start();
        return Map.of("quarkus.rest-client.registry.url", REGISTRY.url(),
                "quarkus.rest-client.assessment.url", ASSESSMENT.url());
    }

    @Override
    public void stop() {
        REGISTRY.stop();
        ASSESSMENT.stop();
    }

    /** From now on the peer refuses every request with this status (401: the token; 403: the caller's rights). */
    public static void weiger(StubPeer peer, int status) {
        if (peer == REGISTRY) {
            registryWeigert = status;
        } else {
            assessmentWeigert = status;
        }
    }

    /** Both peers answer again ({@link ApiTest} after every test). */
    public static void weigerNiets() {
        registryWeigert = 0;
        assessmentWeigert = 0;
    }

    /** Makes the registry know an initiatief of this gemeente in these kernen. */
    public static UUID initiatief(String gemeente, String titel, UUID... kernIds) {
        UUID id = UUID.randomUUID();
        Map<String, Object> initiatief = new LinkedHashMap<>();
        initiatief.put("id", id.toString());
        initiatief.put("gemeente", gemeente);
        initiatief.put("titel", titel);
        initiatief.put("doel", "Meer ontmoeting in de kern");
        initiatief.put("activiteit", titel);
        initiatief.put("kernIds", List.of(kernIds).stream().map(UUID::toString).toList());
        initiatief.put("schaal", "DORP_WIJK");
        initiatief.put("initiatiefnemer", Map.of("type", "INWONER", "naam", "Bewonersgroep"));
        initiatief.put("status", "AFGEROND");
        initiatief.put("aangemaaktOp", "2025-03-01T10:00:00Z");
        initiatief.put("gewijzigdOp", "2025-06-01T10:00:00Z");
        INITIATIEVEN.put(id, initiatief);
        return id;
    }

    /** Gives the initiatief a beoordeling with this ladderniveau in the assessment-service. */
    public static UUID beoordeling(UUID initiatiefId, String ladderniveau) {
        return beoordeling(initiatiefId, ladderniveau, List.of());
    }

    /**
     * A beoordeling whose plan falls under these cases the raad designated (each: code, omschrijving, besluit,
     * besluitdatum), as the assessment's list shows it.
     */
    public static UUID beoordeling(UUID initiatiefId, String ladderniveau, List<Map<String, Object>> verplichteGevallen) {
        UUID id = UUID.randomUUID();
        Map<String, Object> beoordeling = new LinkedHashMap<>();
        beoordeling.put("id", id.toString());
        beoordeling.put("gemeente", "GM0214");
        beoordeling.put("initiatiefId", initiatiefId.toString());
        beoordeling.put("doel", "Meer ontmoeting in de kern");
        beoordeling.put("activiteit", "Een dorpshuis");
        beoordeling.put("initiatiefnemer", "SAMENLEVING");
        beoordeling.put("schaal", "DORP_WIJK");
        beoordeling.put("niveau", "MEEDENKEN");
        beoordeling.put("ladderniveau", ladderniveau);
        beoordeling.put("intensiteit", "MIDDEL");
        beoordeling.put("regelset", Map.of("versie", 1, "naam", "standaard-1"));
        beoordeling.put("verplichteParticipatie", Map.of("participatieVerplicht", !verplichteGevallen.isEmpty(),
                "gevallen", verplichteGevallen, "onderbouwing", List.of(verplichteGevallen.isEmpty()
                        ? Map.of("code", "PARTICIPATIE_NIET_VERPLICHT", "tekst", "Het plan valt onder geen geval.")
                        : Map.of("code", "PARTICIPATIE_VERPLICHT", "tekst", "Participatie is verplicht."))));
        beoordeling.put("aangemaaktOp", "2025-03-01T10:00:00Z");
        beoordeling.put("gewijzigdOp", "2025-03-01T10:00:00Z");
        BEOORDELINGEN.put(initiatiefId, beoordeling);
        return id;
    }

    private static Antwoord registry(URI uri) {
        if (registryWeigert != 0) {
            return geweigerd(registryWeigert, uri);
        }
        String prefix = "/api/v1/initiatieven/";
        return Antwoord.foundOr404(uri.getPath().startsWith(prefix)
                ? INITIATIEVEN.get(StubPeer.uuid(uri.getPath().substring(prefix.length()))) : null, uri);
    }

    private static Antwoord assessment(URI uri) {
        if (assessmentWeigert != 0) {
            return geweigerd(assessmentWeigert, uri);
        }
        UUID initiatief = StubPeer.uuid(StubPeer.query(uri).get("initiatief"));
        List<Object> items = new ArrayList<>();
        if (initiatief != null && BEOORDELINGEN.containsKey(initiatief)) {
            items.add(BEOORDELINGEN.get(initiatief));
        }
        return Antwoord.ok(StubPeer.page(items, 1));
    }

    /** The 401 or 403 problem every service of the suite gives (api-rules Toegangsproblemen). */
    private static Antwoord geweigerd(int status, URI uri) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://participatie-suite.example.org/problemen/"
                + (status == 401 ? "niet-geauthenticeerd" : "geen-toegang"));
        problem.put("title", status == 401 ? "Niet geauthenticeerd" : "Geen toegang");
        problem.put("status", status);
        problem.put("detail", status == 401 ? "Het token is ongeldig of verlopen." : "Uw rol geeft geen toegang tot deze bewerking.");
        problem.put("instance", uri.getPath());
        try {
            return new Antwoord(status, "application/problem+json", JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
