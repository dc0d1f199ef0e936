package nl.participatiesuite.apirules.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.participatiesuite.apirules.problem.Problems;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes the generated contract follow the NL API Design Rules without repeating annotations on
 * every operation: paths relative to the versioned server URL, the API-Version header on every
 * success, and the problem+json error responses that every operation can give. Request bodies are
 * closed ({@code additionalProperties: false}) because the services refuse unknown fields, so a
 * client generator knows it too. And what an integrator generates from (issue 13): schemas without Java names or
 * {@code $ref} siblings ({@link ContractSchemas}), described parameters ({@link ContractParameters}), examples
 * ({@link ContractVoorbeelden}), and the roles of an operation as {@code x-rollen}.
 */
public class ApiDocument implements OASFilter {

    /** The roles that may call an operation, in the contract (domain.md §4). */
    public static final String ROLLEN_KENMERK = "x-rollen";

    private static final String PREFIX = "/api/v1";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String INVALID = "Ongeldige invoer: alle ongeldige velden staan in invalidParams.";

    private static boolean isPersonal(Schema property) {
        return property.getExtensions() != null
                && Boolean.parseBoolean(String.valueOf(property.getExtensions().get(Persoonsgegeven.OPENAPI_KENMERK)));
    }

    /** A path relative to the server URL; the API root itself is "/". */
    private static String relative(String path) {
        if (path.equals(PREFIX)) {
            return "/";
        }
        return path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ContractHeaders.declare(openAPI);
        Paths relative = OASFactory.createPaths();
        Map<String, PathItem> sorted = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.put(relative(e.getKey()), e.getValue()));
        sorted.forEach((path, item) -> {
            item.getOperations().forEach((method, operation) -> {
                completeResponses(method, operation, path);
                ContractHeaders.attach(openAPI, method, operation);
            });
            relative.addPathItem(path, item);
        });
        openAPI.setPaths(relative);
        closeRequestBodies(openAPI);
        ContractBasis.zet(openAPI);
        ProblemDocumentation.describe(openAPI);
        personalFieldsOptional(openAPI);
        ContractSchemas.tidy(openAPI);
        ContractParameters.describe(openAPI);
        ContractVoorbeelden.zet(openAPI);
        openAPI.getPaths().getPathItems().values()
                .forEach(item -> item.getOperations().values().forEach(ApiDocument::rolesAsExtension));
    }

    /**
     * The roles an operation needs are claims of the token, not OAuth scopes of the OpenID Connect scheme (which
     * a generic linter would expect to find among the provider's scopes): the requirement names the scheme alone,
     * and {@code x-rollen} lists the roles, each of which may call it (domain.md §4).
     */
    private static void rolesAsExtension(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> schemesOnly = new ArrayList<>();
        operation.getSecurity().forEach(requirement -> {
            SecurityRequirement schemeOnly = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                schemeOnly.addScheme(scheme, new ArrayList<>());
                if (scopes != null) {
                    scopes.stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                }
            });
            schemesOnly.add(schemeOnly);
        });
        operation.setSecurity(schemesOnly);
        if (!roles.isEmpty()) {
            operation.addExtension(ROLLEN_KENMERK, roles);
        }
    }

    /**
     * A personal field is left out for callers who may not see it (PersoonsgegevensAfscherming), so the contract
     * never requires one; the property carries x-persoonsgegeven (its @Schema extension).
     */
    private static void personalFieldsOptional(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().forEach((name, property) -> {
                if (isPersonal(property) && schema.getRequired() != null && schema.getRequired().contains(name)) {
                    schema.removeRequired(name);
                }
            });
        });
    }

    private void closeRequestBodies(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(media -> collect(media.getSchema(), openAPI, names));
            }
        }));
        names.forEach(name -> openAPI.getComponents().getSchemas().get(name).setAdditionalPropertiesBoolean(false));
    }

    /** The named schemas a request body consists of, its nested objects and list items included. */
    private static void collect(Schema schema, OpenAPI openAPI, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            Schema target = openAPI.getComponents().getSchemas().get(name);
            if (target != null && target.getProperties() != null && names.add(name)) {
                target.getProperties().values().forEach(property -> collect(property, openAPI, names));
            }
            return;
        }
        collect(schema.getItems(), openAPI, names);
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> collect(part, openAPI, names));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collect(property, openAPI, names));
        }
    }

    private void completeResponses(PathItem.HttpMethod method, Operation operation, String path) {
        APIResponses responses = operation.getResponses();
        boolean hasParameters = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || path.contains("{");
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        if (writes || hasParameters) {
            addProblem(responses, "400", INVALID);
            // Bean Validation on a parameter makes the generator add its own English "Bad Request".
            responses.getAPIResponse("400").setDescription(INVALID);
        }
        if (path.contains("{")) {
            addProblem(responses, "404", "Niet gevonden.");
        }
        // A change of an existing object always checks If-Match; an upsert (it may answer 201) and a POST take it as an option.
        boolean changes = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        boolean required = changes && !responses.hasAPIResponse("201");
        if (ContractHeaders.ifMatch(operation, required) || changes) {
            addProblem(responses, "412", "De If-Match-header noemt niet de huidige versie (of is een zwakke ETag).");
            addProblem(responses, "428", required
                    ? "De If-Match-header ontbreekt of is * (noem de ETag van de gelezen versie)."
                    : "De If-Match-header is * (noem de ETag van de gelezen versie)"
                            + (changes ? ", of ontbreekt bij een wijziging van een bestaand object." : "."));
        }
        if (writes) {
            addProblem(responses, "415", "De body is geen application/json.");
        }
        if (hasBody(responses)) {
            addProblem(responses, "406", "De Accept-header noemt geen mediatype dat deze operatie levert.");
        }
        // Every operation verifies a token that is sent, also a public one; a protected one needs one.
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        responses.removeAPIResponse("401");
        responses.addAPIResponse("401", OASFactory.createAPIResponse().description(secured
                ? "Geen of een ongeldig bearer-token (WWW-Authenticate noemt het schema)."
                : "Een meegestuurd bearer-token is ongeldig (WWW-Authenticate noemt het schema); zonder token is dit openbaar.")
                .addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer realm=\"participatie-suite\"")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        if (secured) {
            responses.removeAPIResponse("403");
            responses.addAPIResponse("403", OASFactory.createAPIResponse()
                    .description("De rol van het token volstaat niet, of het object hoort bij een andere gemeente."));
        }
        addProblem(responses, "500", "Interne fout.");
        // The problem responses of an operation's own annotations get the problem media type too.
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    /** An operation that answers with a body negotiates its media type: an Accept it cannot serve is a 406. */
    private static boolean hasBody(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream().anyMatch(entry -> entry.getKey().startsWith("2")
                && entry.getValue().getContent() != null && entry.getValue().getContent().getMediaTypes() != null
                && !entry.getValue().getContent().getMediaTypes().isEmpty());
    }

    private void addProblem(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        MediaType mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, mediaType);
    }
}
