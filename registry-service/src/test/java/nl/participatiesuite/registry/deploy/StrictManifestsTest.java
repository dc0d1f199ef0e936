package nl.participatiesuite.registry.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The strict fabric8 read rejects what the API server would reject, so DeployManifestsTest's check is real. */
class StrictManifestsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
              labels:
                app.kubernetes.io/name: demo
            spec:
              %s: 2
              selector:
                matchLabels:
                  app.kubernetes.io/name: demo
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: demo
                spec:
                  containers:
                    - name: demo
                      image: example.org/demo:1.0.0
                      ports:
                        - containerPort: 8080
                      resources:
                        limits:
                          cpu: 500m
                          memory: 256Mi
            """;

    @Test
    void aCorrectManifestIsAccepted() throws IOException {
        HasMetadata resource = read(DEPLOYMENT.formatted("replicas"));

        Deployment deployment = assertInstanceOf(Deployment.class, resource);
        assertEquals(2, deployment.getSpec().getReplicas());
        assertEquals("500m", deployment.getSpec().getTemplate().getSpec().getContainers().get(0)
                .getResources().getLimits().get("cpu").toString());
    }

    @Test
    void aMisspelledFieldIsRejected() {
        IOException error = assertThrows(IOException.class, () -> read(DEPLOYMENT.formatted("replicass")));

        assertTrue(error.getMessage().contains("\"replicass\""), error.getMessage());
        assertTrue(error.getMessage().contains("spec"), error.getMessage());
    }

    @Test
    void aPlainFabric8ReadWouldAcceptTheMisspelledField() throws IOException {
        JsonNode document = StrictManifests.documents(DEPLOYMENT.formatted("replicass")).get(0);

        Deployment lenient = (Deployment) new ObjectMapper().treeToValue(document, KubernetesResource.class);

        assertEquals(2, lenient.getSpec().getAdditionalProperties().get("replicass"));
    }

    @Test
    void aMisspelledFieldDeepInsideIsRejected() {
        String yaml = DEPLOYMENT.formatted("replicas").replace("containerPort:", "containerPorts:");

        IOException error = assertThrows(IOException.class, () -> read(yaml));

        assertTrue(error.getMessage().contains("\"containerPorts\""), error.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        String yaml = DEPLOYMENT.formatted("replicas").replace("replicas: 2", "replicas: \"2\"");

        assertThrows(IOException.class, () -> read(yaml));
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        String yaml = DEPLOYMENT.formatted("replicas").replace("  replicas: 2\n", "  replicas: 2\n  replicas: 3\n");

        assertThrows(IOException.class, () -> read(yaml));
    }

    @Test
    void aKindUnknownForItsApiVersionIsRejected() {
        assertThrows(IOException.class, () -> read(DEPLOYMENT.formatted("replicas").replace("apps/v1", "apps/v2")));
        assertThrows(IOException.class, () -> read("""
                apiVersion: v1
                kind: Deploymnet
                metadata:
                  name: demo
                """));
    }

    private static HasMetadata read(String yaml) throws IOException {
        var documents = StrictManifests.documents(yaml);
        assertEquals(1, documents.size());
        return StrictManifests.read(documents.get(0));
    }
}
