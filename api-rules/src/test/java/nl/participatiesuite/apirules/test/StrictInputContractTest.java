package nl.participatiesuite.apirules.test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input gets one answer in every service: a 400 (or 414/431) {@code application/problem+json}
 * with {@code API-Version}, naming the field where there is one, and nothing stored. The cases are
 * generated from the service's committed contract: every operation with a body, every path
 * parameter, every query parameter. The coercion cases need a valid body to change one field of;
 * a service names a few in {@link #validRequests()}.
 */
public abstract class StrictInputContractTest extends ContractRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Inject
    AgroalDataSource dataSource;

    /** A request the service accepts, to be spoiled one field at a time. {@code path} is concrete, {@code operation} the contract's. */
    public record ValidRequest(String method, String operation, String path, String body) {
    }

    /** Valid write requests whose fields are changed one at a time into hostile values. */
    protected abstract List<ValidRequest> validRequests();

    /** Root cause 1: a JSON member given twice. */
    @TestFactory
    Stream<DynamicTest> aDuplicateKeyIsRefused() {
        return bodyOperations().flatMap(op -> op.stringProperty().stream().map(field -> DynamicTest.dynamicTest(
                op + " {" + field + ", " + field + "}", () -> nothingStored(() -> send(op, "{\"" + field
                        + "\":\"a\",\"" + field + "\":\"b\"}")
                        .statusCode(400).body("invalidParams.name", hasItem(field))
                        .body("invalidParams.code", hasItem("duplicate"))))));
    }

    /** Root cause 2 in a body: NUL and other control characters in a text. */
    @TestFactory
    Stream<DynamicTest> aControlCharacterInABodyTextIsRefused() {
        return bodyOperations().flatMap(op -> op.stringProperty().stream().flatMap(field -> Stream.of("\\u0000", "\\u001b")
                .map(c -> DynamicTest.dynamicTest(op + " " + field + " with " + c, () -> nothingStored(() ->
                        send(op, "{\"" + field + "\":\"a" + c + "b\"}").statusCode(400)
                                .body("invalidParams.name", hasItem(field))
                                .body("invalidParams.code", hasItem("pattern")))))));
    }

    /** Root cause 4: text after the JSON value. */
    @TestFactory
    Stream<DynamicTest> contentAfterTheJsonValueIsRefused() {
        return bodyOperations().flatMap(op -> Stream.of("{}bla", "{}{}", "{} []").map(body -> DynamicTest.dynamicTest(
                op + " " + body, () -> nothingStored(() -> send(op, body).statusCode(400)))));
    }

    /** An unknown body field is refused, as the contract's additionalProperties: false says. */
    @TestFactory
    Stream<DynamicTest> anUnknownBodyFieldIsRefused() {
        return bodyOperations().map(op -> DynamicTest.dynamicTest(op + " {onbekendVeld}", () -> nothingStored(() ->
                send(op, "{\"onbekendVeld\":\"x\"}").statusCode(400)
                        .body("invalidParams.name", hasItem("onbekendVeld"))
                        .body("invalidParams.code", hasItem("unexpected")))));
    }

    /** Root cause 2 in a path: a NUL in a path parameter. */
    @TestFactory
    Stream<DynamicTest> aControlCharacterInAPathIsRefused() {
        return operations().filter(op -> op.path.contains("{")).map(op -> DynamicTest.dynamicTest(op + " with %00",
                () -> nothingStored(() -> problem(raw().contentType("application/json").body("{}")
                        .urlEncodingEnabled(false).request(op.method, op.path.replaceFirst("\\{[^}]+}", "GM0214%00").replaceAll("\\{[^}]+}",
                                UUID.randomUUID().toString())).then()).statusCode(400))));
    }

    /** Unknown query parameters, empty filters and control characters in a query value. */
    @TestFactory
    Stream<DynamicTest> queryParametersAreChecked() {
        return operations().filter(op -> op.method.equals("GET")).flatMap(op -> {
            List<DynamicTest> tests = new ArrayList<>();
            String path = op.concretePath();
            tests.add(DynamicTest.dynamicTest(op + "?gemeent=", () -> problem(raw().queryParam("gemeent", "GM0214")
                    .get(path).then()).statusCode(400).body("invalidParams.name", hasItem("gemeent"))
                    .body("invalidParams.code", hasItem("unexpected"))));
            for (String name : op.queryParameters()) {
                tests.add(DynamicTest.dynamicTest(op + "?" + name + "=", () -> problem(raw().urlEncodingEnabled(false)
                        .get(path + "?" + name + "=").then()).statusCode(400)
                        .body("invalidParams.name", hasItem(name)).body("invalidParams.code", hasItem("required"))));
                tests.add(DynamicTest.dynamicTest(op + "?" + name + "=a%00", () -> problem(raw().urlEncodingEnabled(false)
                        .get(path + "?" + name + "=a%00").then()).statusCode(400)
                        .body("invalidParams.name", hasItem(name))));
            }
            return tests.stream();
        });
    }

    /** Root causes 5 to 7: a value of the wrong type, a blank of Unicode spaces, an empty or garbled date. */
    @TestFactory
    Stream<DynamicTest> looseValuesAreRefusedNamingTheField() {
        return validRequests().stream().flatMap(valid -> {
            ObjectNode body = readObject(valid.body);
            List<DynamicTest> tests = new ArrayList<>();
            spoilEachField(valid, body, body, requestSchema(valid.method, valid.operation), "", tests);
            assertFalse(tests.isEmpty(), valid.path + ": no field to spoil");
            return tests.stream();
        });
    }

    /** Every field of {@code object} (nested objects too) gets each hostile value of its type, one at a time. */
    private void spoilEachField(ValidRequest valid, ObjectNode body, ObjectNode object, JsonNode schema, String prefix,
            List<DynamicTest> tests) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            String name = prefix + field;
            JsonNode property = resolve(schema.path("properties").path(field));
            if (object.get(field).isObject()) {
                spoilEachField(valid, body, (ObjectNode) object.get(field), property, name + ".", tests);
                continue;
            }
            for (JsonNode hostile : hostileValues(property, contains(schema.path("required"), field))) {
                JsonNode original = object.get(field);
                object.set(field, hostile);
                String spoiled = body.toString();
                object.set(field, original);
                tests.add(DynamicTest.dynamicTest(valid.method + " " + valid.path + " " + name + "=" + hostile,
                        () -> nothingStored(() -> problem(raw().contentType("application/json")
                                .body(spoiled).request(valid.method, valid.path).then()).statusCode(400)
                                .body("invalidParams.name", hasItem(name))
                                .body("invalidParams.name", everyItem(equalTo(name))))));
            }
        }
    }

    /** Root cause 3: what the HTTP layer refuses is problem+json too. */
    @Test
    void aTooLongUriIsProblemJson() {
        problem(raw().urlEncodingEnabled(false).get(firstCollection() + "?gemeente=" + "G".repeat(9000)).then())
                .statusCode(414);
    }

    @Test
    void tooLargeHeadersAreProblemJson() {
        problem(raw().header("X-Groot", "x".repeat(20_000)).get(firstCollection()).then()).statusCode(431);
    }

    @Test
    void badPercentEncodingIsProblemJson() throws IOException {
        String answer = rawHttp("GET /api/v1" + firstCollection() + "/GM0214% HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertHttpProblem(answer, 400);
        answer = rawHttp("GET /api/v1" + firstCollection() + "?gemeente=%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertHttpProblem(answer, 400);
    }

    /** Requests the HTTP codec itself refuses: they never reach a router, and still get problem+json. */
    @Test
    void requestsTheCodecRefusesAreProblemJson() throws IOException {
        awaitReadiness();
        String collection = "/api/v1" + firstCollection();
        assertHttpProblem(rawHttp("GET " + collection + " HTTP/1.1\r\nHost: localhost\r\nX-B\u0001d: x\r\n\r\n"), 400);
        assertHttpProblem(rawHttp("POST " + collection + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nContent-Length: abc\r\n\r\n{}"), 400);
        assertHttpProblem(rawHttp("POST " + collection + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"), 400);
        assertHttpProblem(rawHttp("POST " + collection + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n"), 400);
        assertHttpProblem(rawHttp("POST " + collection + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nTransfer-Encoding: gzip\r\n\r\n{}"), 400);
    }

    // --- support ---------------------------------------------------------------------------------

    private static ValidatableResponse problem(ValidatableResponse response) {
        return response.contentType("application/problem+json")
                .header("API-Version", matchesPattern("\\d+\\.\\d+\\.\\d+"))
                .body("type", startsWith("https://")).body("title", not(nullValue()));
    }

    private ValidatableResponse send(Operation op, String body) {
        return problem(raw().contentType("application/json").header("If-Match", "\"0\"").body(body)
                .request(op.method, op.concretePath()).then());
    }

    private void nothingStored(Runnable request) {
        Rijen.nietsOpgeslagen(dataSource, request);
    }

    private static List<JsonNode> hostileValues(JsonNode property, boolean required) {
        String type = property.path("type").asText();
        String format = property.path("format").asText();
        List<JsonNode> values = new ArrayList<>();
        switch (type) {
            case "integer" -> {
                values.add(NODES.numberNode(94.5));
                values.add(NODES.textNode("2025"));
            }
            case "number" -> values.add(NODES.textNode("2025"));
            case "boolean" -> {
                values.add(NODES.numberNode(1));
                values.add(NODES.textNode("true"));
            }
            case "string" -> {
                if (format.equals("date") || format.equals("date-time")) {
                    values.add(NODES.textNode(""));
                    values.add(NODES.textNode("\u0001"));
                } else {
                    values.add(NODES.numberNode(123));
                    values.add(NODES.textNode("a\u0000b"));
                    if (required && !property.has("enum") && !property.has("format")) {
                        values.add(NODES.textNode("\u00a0\u2007\u202f"));
                    }
                }
            }
            default -> {
                // Objects and lists: their own fields are covered by the body tests above.
            }
        }
        return values;
    }

    private String firstCollection() {
        // Not the API root "/": "/api/v1/" with its trailing slash is a 404 of its own.
        return operations().filter(op -> op.method.equals("GET") && !op.path.contains("{") && !op.path.equals("/")).findFirst()
                .orElseThrow().path;
    }

    /** Sends bytes as they are and reads one response (its head and Content-Length body), whether or not the server closes. */
    /** A request as bytes on the wire, sent as the test's default caller (it must reach the checks, not the 401). */
    private static String rawHttp(String request) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        int endOfLine = request.indexOf("\r\n") + 2;
        request = request.substring(0, endOfLine) + "Authorization: Bearer " + Aanroeper.standaard().token() + "\r\n"
                + request.substring(endOfLine);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            int end = -1;
            while (end < 0) {
                int b = in.read();
                if (b < 0) {
                    return received.toString(StandardCharsets.UTF_8);
                }
                received.write(b);
                end = received.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            }
            String head = received.toString(StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
            if (length.find()) {
                received.write(in.readNBytes(Integer.parseInt(length.group(1))));
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertHttpProblem(String answer, int status) {
        assertFalse(answer.isEmpty(), "no answer");
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
        String[] statusLine = head.split("\r\n")[0].split(" ");
        assertEquals(String.valueOf(status), statusLine[1], answer);
        assertFalse(!head.contains("content-type: application/problem+json"), "not problem+json: " + answer);
        assertFalse(!head.contains("api-version:"), "no API-Version: " + answer);
    }

    // --- the contract ---------------------------------------------------------------------------

    private static final JsonNode CONTRACT_TREE = readContract();

    private static JsonNode readContract() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One operation of the contract. */
    record Operation(String method, String path, JsonNode node) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        /** The path with a value of the right form for each parameter (the resource need not exist). */
        /** The path to request, relative to /api/v1: the API root "/" is "" (a trailing slash is a 404 of its own). */
        String concretePath() {
            if (path.equals("/")) {
                return "";
            }
            String concrete = path;
            for (JsonNode parameter : node.path("parameters")) {
                if (parameter.path("in").asText().equals("path")) {
                    concrete = concrete.replace("{" + parameter.path("name").asText() + "}",
                            example(resolve(parameter.path("schema"))));
                }
            }
            return concrete.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        List<String> queryParameters() {
            List<String> names = new ArrayList<>();
            for (JsonNode parameter : node.path("parameters")) {
                if (parameter.path("in").asText().equals("query")) {
                    names.add(parameter.path("name").asText());
                }
            }
            return names;
        }

        /** A plain text property of the body (no format, no enumeration), to carry a hostile text. */
        java.util.Optional<String> stringProperty() {
            JsonNode schema = resolve(node.path("requestBody").path("content").path("application/json").path("schema"));
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode value = resolve(property.getValue());
                if (value.path("type").asText().equals("string") && !value.has("format") && !value.has("enum")) {
                    return java.util.Optional.of(property.getKey());
                }
            }
            return java.util.Optional.empty();
        }

        private static String example(JsonNode schema) {
            if (schema.path("format").asText().equals("uuid")) {
                return UUID.randomUUID().toString();
            }
            if (schema.path("type").asText().equals("integer")) {
                return "2025";
            }
            String pattern = schema.path("pattern").asText();
            return pattern.startsWith("GM") ? "GM9999" : "x";
        }
    }

    private static Stream<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        CONTRACT_TREE.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }));
        return operations.stream();
    }

    private static Stream<Operation> bodyOperations() {
        return operations().filter(op -> op.node.path("requestBody").path("content").has("application/json"));
    }

    private static JsonNode requestSchema(String method, String path) {
        JsonNode op = CONTRACT_TREE.path("paths").path(path).path(method.toLowerCase());
        return resolve(op.path("requestBody").path("content").path("application/json").path("schema"));
    }

    static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            return resolve(CONTRACT_TREE.path("components").path("schemas").path(name));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0));
        }
        return schema;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode readObject(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
