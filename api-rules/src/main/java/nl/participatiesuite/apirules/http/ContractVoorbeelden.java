package nl.participatiesuite.apirules.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * A complete example on every request body and success response (issue 13), from
 * {@value #VOORBEELDEN}: per operationId a {@code request} and a body per status, recorded from the service's own
 * REST tests (the test-jar's {@code Voorbeeldopname}), so they are real exchanges; {@code ContractDriftTest} validates
 * each against its schema and fails on a body without one.
 */
public final class ContractVoorbeelden {

    static final String VOORBEELDEN = "META-INF/contract-voorbeelden.json";

    /** The one field an example cannot show (see zet). */
    public static final String OPENAPI = "openapi";

    // Money keeps its two decimals (375.00), as the services send it.
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ContractVoorbeelden() {
    }

    static void zet(OpenAPI openAPI) {
        JsonNode voorbeelden = lees();
        if (voorbeelden == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            JsonNode vanOperatie = voorbeelden.path(String.valueOf(operation.getOperationId()));
            if (vanOperatie.isMissingNode()) {
                return;
            }
            if (operation.getRequestBody() != null && vanOperatie.has("request")) {
                zet(operation.getRequestBody().getContent(), vanOperatie.get("request"));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (vanOperatie.has(status)) {
                        zet(response.getContent(), vanOperatie.get(status));
                    }
                });
            }
        }));
    }

    private static void zet(Content content, JsonNode voorbeeld) {
        // The ADR ruleset (nlgov:openapi3) reads every "openapi" key in the document as its OpenAPI version, also one
        // in an example: the API root's link to its contract cannot be shown (ContractDriftTest knows).
        if (content == null || content.getMediaTypes() == null || voorbeeld.has(OPENAPI)) {
            return;
        }
        content.getMediaTypes().forEach((naam, mediaType) -> {
            if (naam.contains("json") && !naam.startsWith("application/problem")) {
                mediaType.setExample(JSON.convertValue(voorbeeld, Object.class));
            }
        });
    }

    private static JsonNode lees() {
        try (InputStream in = ContractNames.open(VOORBEELDEN)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(VOORBEELDEN + " cannot be read", e);
        }
    }
}
