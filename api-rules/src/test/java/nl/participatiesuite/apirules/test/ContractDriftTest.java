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
}
