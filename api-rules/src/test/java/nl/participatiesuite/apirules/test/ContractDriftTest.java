package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The served contract must be the committed one, so every contract change is a reviewed diff.
 * On a deliberate change: cp target/openapi-served.yaml src/main/openapi/openapi.yaml
 */
public abstract class ContractDriftTest extends ContractRequests {

    @Test
    void servedContractIsTheCommittedOne() throws Exception {
        String served = raw().get("/openapi.yaml").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target/openapi-served.yaml"), served);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode committed = yaml.readTree(CONTRACT.toFile());
        assertTrue(committed.equals(yaml.readTree(served)),
                "The served OpenAPI document differs from " + CONTRACT + "; review target/openapi-served.yaml");
    }

    /**
     * The API root (GET /api/v1) is open to anyone and lists exactly the contract's collections (the first segments
     * of its paths), each with a link that is the collection's own URL.
     */
    @Test
    void theApiRootListsEveryCollectionOfTheContract() throws Exception {
        java.util.Set<String> contract = new java.util.TreeSet<>();
        new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()).path("paths").fieldNames().forEachRemaining(pad -> {
            String eerste = pad.replaceFirst("^/", "").split("/", 2)[0];
            if (!eerste.isEmpty()) {
                contract.add(eerste);
            }
        });
        io.restassured.path.json.JsonPath ingang = api(Aanroeper.ANONIEM).get("").then().statusCode(200)
                .contentType("application/json").header("API-Version", org.hamcrest.Matchers.notNullValue())
                .body("openapi", org.hamcrest.Matchers.endsWith("/api/v1/openapi.json"))
                .extract().jsonPath();
        assertEquals(new java.util.ArrayList<>(contract), ingang.getList("collecties.naam"));
        for (java.util.Map<String, String> collectie : ingang.<java.util.Map<String, String>>getList("collecties")) {
            assertTrue(collectie.get("href").endsWith("/api/v1/" + collectie.get("naam")), collectie.toString());
        }
    }

    /** The contract never holds personal data: a personal property (x-persoonsgegeven) shows no example. */
    @Test
    void personalPropertiesShowNoExample() throws Exception {
        JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()).path("components").path("schemas");
        java.util.List<String> metVoorbeeld = new java.util.ArrayList<>();
        schemas.fields().forEachRemaining(schema -> schema.getValue().path("properties").fields().forEachRemaining(p -> {
            if (p.getValue().path("x-persoonsgegeven").asBoolean(false) || "true".equals(p.getValue().path("x-persoonsgegeven").asText())) {
                if (p.getValue().has("example") || p.getValue().has("examples")) {
                    metVoorbeeld.add(schema.getKey() + "." + p.getKey());
                }
            }
        }));
        assertTrue(metVoorbeeld.isEmpty(), "personal properties with an example in " + CONTRACT + ": " + metVoorbeeld);
    }

    /** An e-mail address in any example of the contract is in a domain reserved for examples (RFC 2606). */
    @Test
    void exampleEmailAddressesAreInReservedDomains() throws Exception {
        java.util.regex.Pattern email = java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)");
        java.util.List<String> echt = new java.util.ArrayList<>();
        java.util.regex.Matcher adressen = email.matcher(java.nio.file.Files.readString(CONTRACT));
        while (adressen.find()) {
            String domein = adressen.group(1).toLowerCase();
            if (!(domein.equals("example.org") || domein.equals("example.com") || domein.equals("example.net")
                    || domein.endsWith(".example") || domein.endsWith(".invalid") || domein.endsWith(".test"))) {
                echt.add(adressen.group());
            }
        }
        assertTrue(echt.isEmpty(), "e-mail addresses outside the reserved example domains in " + CONTRACT + ": " + echt);
    }

    /**
     * The headers a client relies on are in the contract wherever the services send them (DocumentedHeaders holds
     * the runtime to the same on every api() response): API-Version on every response, Location on every 201,
     * Retry-After on every 503,
     * Link and X-Total-Count on every page, If-Match on every operation that can answer 428, and If-None-Match
     * with a 304 that carries the ETag on every GET whose 200 sends one. All refer to the one description in
     * components.
     */
    @Test
    void theContractDocumentsTheHeadersThatAreSent() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        for (String header : DocumentedHeaders.CHECKED) {
            assertTrue(contract.path("components").path("headers").has(header), "components/headers/" + header);
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String operation = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = method.getValue().path("responses");
            java.util.Set<String> parameters = new java.util.HashSet<>();
            method.getValue().path("parameters").forEach(p -> parameters.add(p.has("$ref")
                    ? p.get("$ref").asText().replaceFirst(".*/", "") : p.path("name").asText()));
            responses.fields().forEachRemaining(response -> {
                String code = response.getKey();
                JsonNode headers = response.getValue().path("headers");
                String schema = response.getValue().path("content").path("application/json").path("schema").path("$ref").asText();
                require(missing, headers, "API-Version", operation + " " + code);
                if (code.equals("201")) {
                    require(missing, headers, "Location", operation + " " + code);
                }
                if (code.equals("503")) {
                    require(missing, headers, "Retry-After", operation + " " + code);
                }
                if (code.startsWith("2") && schema.startsWith("#/components/schemas/Page")) {
                    require(missing, headers, "Link", operation + " " + code);
                    require(missing, headers, "X-Total-Count", operation + " " + code);
                }
                if (code.equals("200") && method.getKey().equals("get") && headers.has("ETag")) {
                    if (!parameters.contains("If-None-Match")) {
                        missing.add(operation + ": If-None-Match");
                    }
                    require(missing, responses.path("304").path("headers"), "ETag", operation + " 304");
                }
            });
            if (responses.has("428") && !parameters.contains("If-Match")) {
                missing.add(operation + ": If-Match");
            }
        }));
        assertTrue(missing.isEmpty(), "headers missing from " + CONTRACT + ": " + missing);
    }

    private static void require(java.util.List<String> missing, JsonNode headers, String header, String where) {
        if (!headers.path(header).path("$ref").asText().equals("#/components/headers/" + header)) {
            missing.add(where + ": " + header);
        }
    }

    /**
     * Every JSON request body and every success response with a JSON body shows a complete example (issue 13), and each
     * example is valid against its schema: the request validator checks it as it checks the tests' own exchanges.
     * The examples are recorded from these tests (Voorbeeldopname; CONTRIBUTING says how to refresh them).
     */
    @Test
    void everyBodyHasAnExampleThatItsSchemaAccepts() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
        com.atlassian.oai.validator.OpenApiInteractionValidator validator = com.atlassian.oai.validator
                .OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                .withBasePathOverride("/api/v1").build();
        java.util.List<String> fouten = new java.util.ArrayList<>();
        contract.path("paths").fields().forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(op -> {
            if (!java.util.List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                return;
            }
            String methode = op.getKey().toUpperCase();
            String voorbeeldPad = "/api/v1" + pad.getKey().replaceAll("\\{[^/}]+}", "x");
            String naam = methode + " " + pad.getKey();
            op.getValue().path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!media.getKey().contains("json")) {
                    return; // a PDF or a page is no example to show in a document
                }
                if (!media.getValue().has("example")) {
                    fouten.add(naam + ": request body " + media.getKey() + " has no example");
                    return;
                }
                var verzoek = new com.atlassian.oai.validator.model.SimpleRequest.Builder(methode, voorbeeldPad)
                        .withContentType(media.getKey()).withBody(media.getValue().get("example").toString()).build();
                lichaamsfouten(validator.validateRequest(verzoek), "validation.request.body", naam + " request example", fouten);
            });
            op.getValue().path("responses").fields().forEachRemaining(antwoord -> {
                if (!antwoord.getKey().startsWith("2")) {
                    return;
                }
                antwoord.getValue().path("content").fields().forEachRemaining(media -> {
                    if (!media.getKey().contains("json")) {
                        return; // no example for a page or a PDF
                    }
                    // The API root's example is text in the description (ContractVoorbeelden.ALS_TEKST), else an example.
                    String voorbeeld = zegtOpenapi(contract, media.getValue().path("schema"))
                            ? alsTekst(antwoord.getValue().path("description").asText())
                            : media.getValue().has("example") ? media.getValue().get("example").toString() : null;
                    if (voorbeeld == null) {
                        fouten.add(naam + ": response " + antwoord.getKey() + " has no example");
                        return;
                    }
                    var response = com.atlassian.oai.validator.model.SimpleResponse.Builder
                            .status(Integer.parseInt(antwoord.getKey())).withContentType(media.getKey())
                            .withBody(voorbeeld).build();
                    lichaamsfouten(validator.validateResponse(voorbeeldPad,
                            com.atlassian.oai.validator.model.Request.Method.valueOf(methode), response),
                            "validation.response.body", naam + " " + antwoord.getKey() + " example", fouten);
                });
            });
        }));
        assertTrue(fouten.isEmpty(), String.join("\n", fouten));
    }

    /** The JSON block after ContractVoorbeelden.ALS_TEKST in a response description, or null. */
    private static String alsTekst(String beschrijving) {
        int kop = beschrijving.indexOf(nl.participatiesuite.apirules.http.ContractVoorbeelden.ALS_TEKST);
        int begin = kop < 0 ? -1 : beschrijving.indexOf(nl.participatiesuite.apirules.http.ContractVoorbeelden.JSON_BLOK, kop);
        int einde = begin < 0 ? -1 : beschrijving.indexOf("```", begin + 3);
        return einde < 0 ? null : beschrijving.substring(
                begin + nl.participatiesuite.apirules.http.ContractVoorbeelden.JSON_BLOK.length(), einde).strip();
    }

    private static boolean zegtOpenapi(JsonNode contract, JsonNode schema) {
        JsonNode doel = schema.has("$ref") ? contract.at(schema.path("$ref").asText().substring(1)) : schema;
        return doel.path("properties").has(nl.participatiesuite.apirules.http.ContractVoorbeelden.OPENAPI);
    }

    /** Only what the validator says about the body: the example's path has placeholder values. */
    private static void lichaamsfouten(com.atlassian.oai.validator.report.ValidationReport report, String sleutel,
            String waar, java.util.List<String> fouten) {
        report.getMessages().stream().filter(bericht -> bericht.getKey().startsWith(sleutel))
                .forEach(bericht -> fouten.add(waar + ": " + bericht.getMessage()));
    }
}
