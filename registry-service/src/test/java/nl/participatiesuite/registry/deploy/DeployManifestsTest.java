package nl.participatiesuite.registry.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Kubernetes manifest in deploy/ is valid, so operations never apply a broken file:
 * <ul>
 * <li>always: read strictly into the fabric8 Kubernetes model (unknown or misspelled fields, values of the wrong
 * type and unknown kinds are errors; see {@link StrictManifests});</li>
 * <li>when ../shared/k8s-schemas is beside the repository: also valid against the strict Kubernetes 1.32 JSON
 * schemas there. Without that folder this part is skipped, and says so.</li>
 * </ul>
 */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("../deploy");
    private static final Path SCHEMAS = Path.of("../../shared/k8s-schemas");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> manifests() throws IOException {
        return Files.list(DEPLOY).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @BeforeAll
    static void sayWhenTheSchemasAreMissing() {
        if (!Files.isDirectory(SCHEMAS)) {
            System.out.println("[WARNING] Kubernetes JSON-schema validation of deploy/ skipped: "
                    + SCHEMAS.toAbsolutePath().normalize() + " not found (no ../shared/ beside the repository). "
                    + "The strict fabric8 model check of deploy/ still runs.");
        }
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void manifestFitsTheKubernetesModelStrictly(Path manifest) throws IOException {
        List<JsonNode> documents = StrictManifests.documents(manifest);
        assertFalse(documents.isEmpty(), manifest + " holds no document");
        for (JsonNode document : documents) {
            try {
                StrictManifests.read(document);
            } catch (IOException e) {
                fail(manifest + ": " + document.path("kind").asText() + " "
                        + document.path("metadata").path("name").asText() + ": " + e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void manifestIsValidAgainstTheKubernetesSchema(Path manifest) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SCHEMAS),
                () -> "no " + SCHEMAS.toAbsolutePath().normalize() + ": JSON-schema validation skipped");
        List<JsonNode> documents = StrictManifests.documents(manifest);
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
}
