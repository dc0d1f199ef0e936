package nl.participatiesuite.apirules.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The one convention for values that are not there (issue 13): they are left out of an answer, never {@code null}.
 * The contract validator lets a {@code null} pass for an optional property, so every REST test checks it here.
 */
final class GeenNullWaarden implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String type = response.getContentType();
        String body = response.asString();
        if (type != null && type.contains("json") && body != null && !body.isBlank()) {
            String pad = eersteNull(lees(body), "");
            if (pad != null) {
                throw new AssertionError(request.getMethod() + " " + request.getURI() + ": null at " + pad
                        + " (leave a value that is not there out of the answer)");
            }
        }
        return response;
    }

    private static JsonNode lees(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON although its Content-Type says so: " + body, e);
        }
    }

    /** The JSON pointer of the first null in {@code node}, or null when there is none. */
    static String eersteNull(JsonNode node, String pad) {
        if (node.isNull()) {
            return pad.isEmpty() ? "/" : pad;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> velden = node.fields(); velden.hasNext();) {
                Map.Entry<String, JsonNode> veld = velden.next();
                String gevonden = eersteNull(veld.getValue(), pad + "/" + veld.getKey());
                if (gevonden != null) {
                    return gevonden;
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String gevonden = eersteNull(node.get(i), pad + "/" + i);
                if (gevonden != null) {
                    return gevonden;
                }
            }
        }
        return null;
    }
}
