package nl.participatiesuite.assessment.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.assessment.engine.SeedVoorbeeldTest;

/**
 * Fresh tenants per test (rule sets are per gemeente, so tests sharing one database never see each other's),
 * and request bodies built from the engine's own fixtures.
 */
public final class TestData {

    private static final AtomicInteger VOLGENDE_GEMEENTE = new AtomicInteger(6000);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    public static final String[] ANNE = {"Anne de Vries", "anne@buren.nl", "14 0344"};

    private TestData() {
    }

    /** A fresh gemeente; from here on {@code api()} calls as its beheerder. */
    public static String nieuweGemeente() {
        String code = "GM" + VOLGENDE_GEMEENTE.getAndIncrement();
        Aanroeper.werkIn(code);
        return code;
    }

    /**
     * The seed's own example (Coevorden): "we willen de gezondheid van jongeren verbeteren (doel) en daarom
     * 3 sportveldjes realiseren (activiteit)" with the answers of {@link SeedVoorbeeldTest#SPORTVELDJES}.
     */
    public static Map<String, Object> sportveldjes(String gemeente) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeente", gemeente);
        body.putAll(JSON.convertValue(SeedVoorbeeldTest.SPORTVELDJES, new TypeReference<Map<String, Object>>() {
        }));
        return body;
    }

    public static Map<String, Object> sportveldjes(String gemeente, UUID kernId) {
        Map<String, Object> body = sportveldjes(gemeente);
        body.put("kernId", kernId.toString());
        return body;
    }

    /** A citizens' initiative (SAMENLEVING) that asks the gemeente for means: overheidsparticipatie FACILITEREN. */
    public static Map<String, Object> buurtinitiatief(String gemeente) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeente", gemeente);
        body.put("doel", "Een groenere straat");
        body.put("activiteit", "Geveltuintjes aanleggen met de buren");
        body.put("initiatiefnemer", "SAMENLEVING");
        body.put("schaal", "STRAAT_BUURT");
        body.put("ruimte", true);
        body.put("belangen", true);
        body.put("tijd", true);
        body.put("omvang", 1);
        body.put("belanghebbenden", List.of(Map.of("naam", "Bewoners van de straat", "weging", 3,
                "pastBijBelang", true, "gevolgen", "POSITIEF")));
        body.put("gemeenteBijdrageNodig", true);
        body.put("ondersteuningGevraagd", "MIDDELEN");
        body.put("pastBijAmbities", true);
        body.put("middelenBeschikbaar", true);
        return body;
    }

    public static String nieuweBeoordeling(Map<String, Object> body) {
        return ApiTest.api().body(body).post("/beoordelingen").then().statusCode(201).extract().path("id");
    }
}
