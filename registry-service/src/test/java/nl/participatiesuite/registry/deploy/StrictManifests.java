package nl.participatiesuite.registry.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Kubernetes manifests strictly into the fabric8 Kubernetes model (Maven Central, nothing beside the
 * repository needed): each document must be a kind the model knows for its {@code apiVersion}, and every field
 * must be one the model knows, with a value of the right JSON type. A plain fabric8 read keeps an unknown field
 * such as {@code spec.replicass} quietly in {@code additionalProperties}; here the any-setter is switched off so
 * Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} applies and the read fails naming the field and its path.
 */
final class StrictManifests {

    /** YAML documents as trees; a key given twice in one mapping is an error, not "last one wins". */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new WithoutAnySetter())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS) // replicas: "2" is an error, as for the API server
            .build();

    private StrictManifests() {
    }

    static List<JsonNode> documents(Path manifest) throws IOException {
        try (Reader reader = Files.newBufferedReader(manifest)) {
            return documents(reader);
        }
    }

    static List<JsonNode> documents(String yaml) throws IOException {
        return documents(new StringReader(yaml));
    }

    private static List<JsonNode> documents(Reader yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(yaml)) {
            var iterator = YAML.readValues(parser, ObjectNode.class);
            while (iterator.hasNext()) {
                documents.add(iterator.nextValue());
            }
        }
        return documents;
    }

    /**
     * The document as its fabric8 model object.
     *
     * @throws IOException when the kind is unknown for the apiVersion, a field is unknown or a value has the
     *         wrong type; the message names the offending field
     */
    static HasMetadata read(JsonNode document) throws IOException {
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            throw new IOException("a document without apiVersion or kind");
        }
        KubernetesResource resource = STRICT.treeToValue(document, KubernetesResource.class);
        if (resource instanceof GenericKubernetesResource || !(resource instanceof HasMetadata typed)) {
            throw new IOException("unknown kind " + kind + " in " + apiVersion + " for the Kubernetes model");
        }
        if (!apiVersion.equals(HasMetadata.getApiVersion(typed.getClass()))
                || !kind.equals(HasMetadata.getKind(typed.getClass()))) {
            throw new IOException(apiVersion + " " + kind + " was read as " + typed.getClass().getName());
        }
        return typed;
    }

    /** fabric8's model classes collect unknown fields with {@code @JsonAnySetter}; this mapper does not. */
    private static final class WithoutAnySetter extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return null;
        }
    }
}
