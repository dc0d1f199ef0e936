package nl.participatiesuite.registry.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Kubernetes manifest in deploy/ is valid against the strict Kubernetes 1.32 schemas in
 * ../shared/k8s-schemas (unknown fields are errors), so operations never apply a broken file.
 */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("../deploy");
    private static final Path SCHEMAS = Path.of("../../shared/k8s-schemas");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> manifests() throws IOException {
        return Files.list(DEPLOY).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void manifestIsValidAgainstTheKubernetesSchema(Path manifest) throws IOException {
        List<JsonNode> documents = documents(manifest);
        assertFalse(documents.isEmpty(), manifest + " holds no document");
        for (JsonNode document : documents) {
            Path schemaFile = SCHEMAS.resolve(schemaName(document));
            assertTrue(Files.exists(schemaFile), "No schema " + schemaFile + " for " + document.path("kind"));
            ObjectNode schemaNode = (ObjectNode) YAML.readTree(schemaFile.toFile());
            // The files name the draft-less "schema#" meta-schema, which cannot be fetched offline; they are draft 4.
            schemaNode.remove("$schema");
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaNode);
            Set<ValidationMessage> errors = schema.validate(document);
            assertEquals(Set.of(), errors, manifest + ": " + document.path("kind") + " "
                    + document.path("metadata").path("name"));
        }
    }

    /** deployment-apps-v1.json for apps/v1 Deployment; configmap-v1.json for v1 ConfigMap. */
    static String schemaName(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText().toLowerCase();
        String[] groupVersion = apiVersion.split("/");
        if (groupVersion.length == 1) {
            return kind + "-" + groupVersion[0] + ".json";
        }
        String group = groupVersion[0].split("\\.")[0];
        return kind + "-" + group + "-" + groupVersion[1] + ".json";
    }

    private static List<JsonNode> documents(Path manifest) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(manifest.toFile())) {
            var iterator = YAML.readValues(parser, ObjectNode.class);
            while (iterator.hasNext()) {
                documents.add(iterator.next());
            }
        }
        return documents;
    }
}
