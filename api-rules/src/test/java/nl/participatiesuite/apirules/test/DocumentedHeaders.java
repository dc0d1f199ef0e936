package nl.participatiesuite.apirules.test;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds the contract's response headers and the runtime equal, on every response a test gets through
 * {@code api()}: a header a client relies on (ETag, Location, Link, X-Total-Count, API-Version, Retry-After) is sent exactly
 * where the contract documents it for that operation and status. The one allowed absence is the one the
 * contract describes: no X-Total-Count on a page whose totalItemsExact is false. The request validator checks
 * bodies; it ignores headers a response sends without documenting them, hence this.
 */
final class DocumentedHeaders implements Filter {

    static final List<String> CHECKED = List.of("ETag", "Location", "Link", "X-Total-Count", "API-Version", "Retry-After");

    private final ContractOperaties operaties;

    DocumentedHeaders(ContractOperaties operaties) {
        this.operaties = operaties;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        ContractOperaties.Operatie operation = operaties.voor(request.getMethod(), request.getURI()).orElse(null);
        if (operation == null) {
            return response;
        }
        JsonNode documented = operation.node().path("responses").path(String.valueOf(response.statusCode()));
        if (documented.isMissingNode()) {
            return response;
        }
        Set<String> names = new HashSet<>();
        documented.path("headers").fieldNames().forEachRemaining(name -> names.add(name.toLowerCase()));
        for (String header : CHECKED) {
            boolean sent = response.getHeader(header) != null;
            boolean inContract = names.contains(header.toLowerCase());
            if (sent && !inContract) {
                throw new AssertionError(header + " is sent but not documented for " + operation + " " + response.statusCode());
            }
            if (!sent && inContract && !allowedAbsence(header, response)) {
                throw new AssertionError(header + " is documented but not sent for " + operation + " " + response.statusCode());
            }
        }
        return response;
    }

    private static boolean allowedAbsence(String header, Response response) {
        return header.equals("X-Total-Count") && response.getBody().asString().contains("\"totalItemsExact\":false");
    }
}
