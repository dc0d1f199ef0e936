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

    /** Where a body with that field shows its example instead: in the response's description, after this line. */
    public static final String ALS_TEKST = "Voorbeeld (als tekst, niet als example: de ADR-regel nlgov:openapi3 leest elke"
            + " sleutel openapi in het document als de OpenAPI-versie, ook in een example):";
    public static final String JSON_BLOK = "```json";

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
                    JsonNode voorbeeld = vanOperatie.get(status);
                    if (voorbeeld != null && voorbeeld.has(OPENAPI)) {
                        response.setDescription(alsTekst(response.getDescription(), voorbeeld));
                    } else if (voorbeeld != null) {
                        zet(response.getContent(), voorbeeld);
                    }
                });
            }
        }));
    }

    /**
     * The ADR ruleset (nlgov:openapi3) reads every "openapi" key in the document as its OpenAPI version, also one in an
     * example, so the API root's link to its contract cannot be an example: it is shown as a JSON block in the
     * response's description, which ContractDriftTest validates against the schema like any example.
     */
    private static String alsTekst(String beschrijving, JsonNode voorbeeld) {
        String tekst;
        try {
            tekst = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(voorbeeld);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (beschrijving == null ? "" : beschrijving + "\n\n") + ALS_TEKST + "\n\n" + JSON_BLOK + "\n" + tekst + "\n```";
    }

    private static void zet(Content content, JsonNode voorbeeld) {
        if (content == null || content.getMediaTypes() == null) {
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
