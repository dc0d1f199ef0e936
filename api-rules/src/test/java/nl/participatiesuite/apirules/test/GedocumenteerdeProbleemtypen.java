package nl.participatiesuite.apirules.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.Problems;

/**
 * Every problem type a service answers is listed in its contract (issue 13): on {@code Problem.type} from
 * api-rules' shared list, and in {@code info.description} from the service's own
 * {@code META-INF/problemtypen.properties}. Every request of the
 * REST tests checks the type of a problem answer here, so a new type without its line fails the test that
 * provokes it.
 */
final class GedocumenteerdeProbleemtypen implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContractOperaties contract;

    GedocumenteerdeProbleemtypen(ContractOperaties contract) {
        this.contract = contract;
    }

    /** The shared types on Problem.type, the service's own in the document's description. */
    private String lijst() {
        JsonNode document = contract.document();
        return document.at("/components/schemas/Problem/properties/type/description").asText() + "\n"
                + document.at("/info/description").asText();
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String mediaType = response.getContentType();
        if (mediaType != null && mediaType.startsWith(Problems.MEDIA_TYPE)) {
            String naam = naam(response.asString());
            if (!lijst().contains("`" + naam + "`")) {
                throw new AssertionError(request.getMethod() + " " + request.getURI() + ": problem type '" + naam
                        + "' is not listed in the contract (add it to META-INF/problemtypen.properties)");
            }
        }
        return response;
    }

    private static String naam(String body) {
        try {
            String type = JSON.readTree(body).path("type").asText();
            return type.startsWith(Problem.TYPE_BASE) ? type.substring(Problem.TYPE_BASE.length()) : type;
        } catch (IOException e) {
            throw new AssertionError("A problem that is no JSON: " + body, e);
        }
    }
}
