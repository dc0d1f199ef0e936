package nl.participatiesuite.apirules.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Holds the contract's response headers and the runtime equal, on every response a test gets through
 * {@code api()}: a header a client relies on (ETag, Location, Link, X-Total-Count, API-Version) is sent exactly
 * where the contract documents it for that operation and status. The one allowed absence is the one the
 * contract describes: no X-Total-Count on a page whose totalItemsExact is false. The request validator checks
 * bodies; it ignores headers a response sends without documenting them, hence this.
 */
final class DocumentedHeaders implements Filter {

    static final List<String> CHECKED = List.of("ETag", "Location", "Link", "X-Total-Count", "API-Version");

    private final Path contract;
    private List<Operation> operations;

    DocumentedHeaders(Path contract) {
        this.contract = contract;
    }

    /** Read when first needed: a module without a contract of its own never uses api(). */
    private synchronized List<Operation> operations() {
        if (operations != null) {
            return operations;
        }
        operations = new ArrayList<>();
        JsonNode document;
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(contract.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()))));
        // A literal segment wins over a parameter (/regelsets/standaard before /regelsets/{id}).
        operations.sort(Comparator.comparingLong(operation -> operation.template.chars().filter(c -> c == '{').count()));
        return operations;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath().replaceFirst("^/api/v1", "");
        Operation operation = operations().stream()
                .filter(candidate -> candidate.method.equals(request.getMethod()) && candidate.matches(path.isEmpty() ? "/" : path))
                .findFirst().orElse(null);
        if (operation == null) {
            return response;
        }
        JsonNode documented = operation.node.path("responses").path(String.valueOf(response.statusCode()));
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

    private record Operation(String method, String template, JsonNode node, Pattern pattern) {

        Operation(String method, String template, JsonNode node) {
            this(method, template, node,
                    Pattern.compile(template.replaceAll("\\{[^/}]+}", "[^/]+").replace(".", "\\.")));
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }
}
