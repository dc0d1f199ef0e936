package nl.participatiesuite.apirules.test;

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
}
