package nl.participatiesuite.apirules.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Records, while the REST tests run, the most complete request body and success response of every operation that
 * went through {@code api()}: the contract's examples are real exchanges of the service, not invented ones (issue 13).
 * At the end of the test JVM they are written to {@value #OPGENOMEN}; CONTRIBUTING says how they become the
 * committed examples ({@code src/main/resources/META-INF/contract-voorbeelden.json}, which ApiDocument puts into the
 * contract and {@code ContractDriftTest} validates against the schemas). "Most complete": the most distinct fields,
 * then the shortest.
 */
final class Voorbeeldopname implements Filter {

    static final String OPGENOMEN = "target/contract-voorbeelden.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** operationId -> "request" or a status -> the best body so far. */
    private static final Map<String, Map<String, JsonNode>> BESTE = new TreeMap<>();

    /** An e-mail address outside the domains RFC 2606 reserves for examples: the contract shows none (ContractDriftTest). */
    private static final Pattern EMAIL = Pattern.compile(
            "([A-Za-z0-9._%+-]+)@(?!example\\.(?:org|com|net)\\b)([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}");
    private static final Pattern LOCAL_ORIGIN = Pattern.compile("http://localhost:\\d+");

    private final ContractOperaties operaties;

    Voorbeeldopname(ContractOperaties operaties) {
        this.operaties = operaties;
        Runtime.getRuntime().addShutdownHook(new Thread(Voorbeeldopname::schrijf, "voorbeeldopname"));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            return response;
        }
        operaties.voor(request.getMethod(), request.getURI()).ifPresent(operatie -> {
            String origin = "https://" + operaties.exampleHost();
            JsonNode verzoek = json(request.getBody(), origin);
            if (verzoek != null && operatie.node().has("requestBody")) {
                neem(operatie.operationId(), "request", verzoek);
            }
            String type = response.getContentType();
            if (type != null && type.contains("json") && !response.asString().isBlank()) {
                neem(operatie.operationId(), String.valueOf(response.statusCode()), json(response.asString(), origin));
            }
        });
        return response;
    }

    private static synchronized void neem(String operationId, String soort, JsonNode body) {
        if (body == null) {
            return;
        }
        Map<String, JsonNode> voorbeelden = BESTE.computeIfAbsent(operationId, id -> new TreeMap<>());
        JsonNode eerder = voorbeelden.get(soort);
        if (eerder == null || beter(body, eerder)) {
            voorbeelden.put(soort, body);
        }
    }

    static boolean beter(JsonNode kandidaat, JsonNode eerder) {
        int velden = velden(kandidaat);
        int eerderVelden = velden(eerder);
        return velden > eerderVelden || (velden == eerderVelden && kandidaat.toString().length() < eerder.toString().length());
    }

    /** The number of distinct field paths, array positions left out: how much of the schema a body shows. */
    static int velden(JsonNode body) {
        Set<String> paden = new HashSet<>();
        verzamel(body, "", paden);
        return paden.size();
    }

    private static void verzamel(JsonNode node, String pad, Set<String> paden) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> velden = node.fields(); velden.hasNext();) {
                Map.Entry<String, JsonNode> veld = velden.next();
                paden.add(pad + "/" + veld.getKey());
                verzamel(veld.getValue(), pad + "/" + veld.getKey(), paden);
            }
        } else if (node.isArray()) {
            node.forEach(element -> verzamel(element, pad + "/*", paden));
        }
    }

    /**
     * The body as an example: e-mail addresses in the reserved example.org, and the test's own origin
     * (http://localhost:port) the example host of the contract's server, and no null.
     */
    static JsonNode json(Object body, String origin) {
        if (body == null) {
            return null;
        }
        try {
            String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : body instanceof String string ? string : JSON.writeValueAsString(body);
            if (text.isBlank()) {
                return null;
            }
            text = EMAIL.matcher(text).replaceAll("$1@example.org");
            return zonderNull(JSON.readTree(LOCAL_ORIGIN.matcher(text).replaceAll(origin)));
        } catch (IOException e) {
            return null; // not JSON (an invalid body on purpose): no example
        }
    }

    /** A field sent as null is one left out (the suite's convention): the example leaves it out. */
    private static JsonNode zonderNull(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> leeg = new ArrayList<>();
            object.fields().forEachRemaining(veld -> {
                if (veld.getValue().isNull()) {
                    leeg.add(veld.getKey());
                } else {
                    zonderNull(veld.getValue());
                }
            });
            object.remove(leeg);
        } else if (node.isArray()) {
            node.forEach(Voorbeeldopname::zonderNull);
        }
        return node;
    }

    private static synchronized void schrijf() {
        if (BESTE.isEmpty()) {
            return;
        }
        ObjectNode alles = JSON.createObjectNode();
        BESTE.forEach((operationId, voorbeelden) -> voorbeelden.forEach((soort, body) ->
                alles.with(operationId).set(soort, body)));
        try {
            Files.createDirectories(Path.of(OPGENOMEN).getParent());
            Files.writeString(Path.of(OPGENOMEN), JSON.writeValueAsString(alles) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
