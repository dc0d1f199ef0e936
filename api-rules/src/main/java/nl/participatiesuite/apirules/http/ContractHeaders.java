package nl.participatiesuite.apirules.http;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The response headers and conditional request headers of the contract, described once in
 * {@code components/headers} and {@code components/parameters} and attached by rule, so that a client
 * generator sees exactly what the services send: API-Version on every response, Location on every 201,
 * Link and X-Total-Count on every page, the ETag wherever the body is an object with a version
 * (its schema carries {@link Preconditions#OPENAPI_KENMERK}), If-Match on every operation that answers 428
 * and If-None-Match with 304 on every GET that sends an ETag ({@link ConditionalGet}), Retry-After on every 503.
 */
final class ContractHeaders {

    static final String API_VERSION = "API-Version";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String LINK = "Link";
    static final String TOTAL_COUNT = "X-Total-Count";
    static final String RETRY_AFTER = "Retry-After";
    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";
    private static final String PAGE_SCHEMA = "#/components/schemas/Page";

    private ContractHeaders() {
    }

    static void declare(OpenAPI openAPI) {
        openAPI.getComponents()
                .addHeader(API_VERSION, header("Volledige versie van de API (semver); op elk antwoord.", "1.0.0"))
                .addHeader(ETAG, header("De versie van het object als sterke ETag: een getal tussen aanhalingstekens. "
                        + "Stuur haar terug in If-Match om te wijzigen, of in If-None-Match om opnieuw te lezen.", "\"3\""))
                .addHeader(LOCATION, header("De absolute URL van het aangemaakte object; achter de ingress de publieke URL "
                        + "(X-Forwarded-Host en X-Forwarded-Proto van een vertrouwde proxy).",
                        "https://participatie.gemeente.example/api/v1/kernen/0b6f1f0e-2f4b-4c1e-9d39-2f3c1d6a9e51"))
                .addHeader(LINK, header("RFC 8288-links naar andere pagina's van dezelfde lijst, als absolute URL's met "
                        + "dezelfde query: rel=\"first\" altijd, \"prev\" vanaf pagina 2, \"next\" zolang er meer is, "
                        + "\"last\" alleen bij totalItemsExact=true.",
                        "<https://participatie.gemeente.example/api/v1/kernen?page=1&pageSize=20>; rel=\"first\", "
                                + "<https://participatie.gemeente.example/api/v1/kernen?page=2&pageSize=20>; rel=\"next\""))
                .addHeader(TOTAL_COUNT, OASFactory.createHeader()
                        .description("Het totale aantal items; ontbreekt als totalItemsExact=false (het tellen stopte "
                                + "bij een ondergrens), net als de link met rel=\"last\".")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)
                                .example(15)))
                .addHeader(RETRY_AFTER, OASFactory.createHeader()
                        .description("Na hoeveel seconden het zin heeft het opnieuw te proberen; bij elke 503 (iets waar dit"
                                + " verzoek van afhangt was tijdelijk onbereikbaar, er is niets gewijzigd).")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)
                                .example(5)));
        openAPI.getComponents()
                .addParameter(IF_MATCH, OASFactory.createParameter().name(IF_MATCH).in(Parameter.In.HEADER).required(true)
                        .description(Preconditions.IF_MATCH_FORMAAT)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("\"3\"")))
                .addParameter(IF_NONE_MATCH, OASFactory.createParameter().name(IF_NONE_MATCH).in(Parameter.In.HEADER)
                        .description("Optioneel: de ETag van de versie die de client al heeft. Is dat nog de huidige, dan "
                                + "volgt 304 zonder body; een zwakke ETag (W/\"3\") telt ook, * past op elk bestaand object.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("\"3\"")));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).example(example));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(name);
    }

    /** The headers of every response of one operation, and its conditional request headers. */
    static void attach(OpenAPI openAPI, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean getWithEtag = false;
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            String code = entry.getKey();
            APIResponse response = entry.getValue();
            response.addHeader(API_VERSION, ref(API_VERSION));
            if (code.equals("201")) {
                response.addHeader(LOCATION, ref(LOCATION));
            }
            if (code.equals("503")) {
                response.addHeader(RETRY_AFTER, ref(RETRY_AFTER));
            }
            String schema = schemaRef(response);
            if (code.startsWith("2") && schema != null && schema.startsWith(PAGE_SCHEMA)) {
                response.addHeader(LINK, ref(LINK)).addHeader(TOTAL_COUNT, ref(TOTAL_COUNT));
            }
            if (code.startsWith("2") && versioned(openAPI, schema)) {
                response.addHeader(ETAG, ref(ETAG));
                getWithEtag |= method == PathItem.HttpMethod.GET && code.equals("200");
            }
        }
        boolean hasIfNoneMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getRef() != null && parameter.getRef().endsWith("/" + IF_NONE_MATCH));
        if (getWithEtag && !hasIfNoneMatch) {
            operation.addParameter(OASFactory.createParameter().ref(IF_NONE_MATCH));
        }
        if (getWithEtag) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Niet gewijzigd: de If-None-Match noemt de huidige versie. Geen body.")
                    .addHeader(ETAG, ref(ETAG)).addHeader(API_VERSION, ref(API_VERSION)));
        }
    }

    /**
     * The If-Match parameter of an operation that takes one. Where it is always checked (a change of an existing
     * object) it is the required component; where the operation creates or takes it as an option, it keeps its own
     * description with the format added, and it is not required.
     */
    static boolean ifMatch(Operation operation, boolean required) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null) {
            return false;
        }
        for (Parameter parameter : List.copyOf(parameters)) {
            if (parameter.getRef() != null && parameter.getRef().endsWith("/" + IF_MATCH)) {
                return true;
            }
            if (!IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                continue;
            }
            if (required) {
                operation.removeParameter(parameter);
                operation.addParameter(OASFactory.createParameter().ref(IF_MATCH));
            } else {
                String own = parameter.getDescription() == null ? "" : parameter.getDescription();
                String description = own.contains(Preconditions.IF_MATCH_FORMAAT_OPTIONEEL) ? own
                        : own.isBlank() ? Preconditions.IF_MATCH_FORMAAT_OPTIONEEL
                        : own + (own.endsWith(".") ? " " : ". ") + Preconditions.IF_MATCH_FORMAAT_OPTIONEEL;
                parameter.description(description).required(false)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("\"3\""));
            }
            return true;
        }
        return false;
    }

    private static String schemaRef(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return null;
        }
        return response.getContent().getMediaTypes().values().stream()
                .filter(media -> media.getSchema() != null && media.getSchema().getRef() != null)
                .map(media -> media.getSchema().getRef())
                .findFirst().orElse(null);
    }

    /**
     * Whether the schema carries the version extension. Quarkus runs the filter twice: at build time on the scanned
     * model, where it is an extension, and at start on the document read back, where the reader keeps it as a plain
     * property of the schema.
     */
    private static boolean versioned(OpenAPI openAPI, String ref) {
        if (ref == null || openAPI.getComponents().getSchemas() == null) {
            return false;
        }
        Schema schema = openAPI.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        if (schema == null) {
            return false;
        }
        Object value = schema.getExtensions() == null ? null : schema.getExtensions().get(Preconditions.OPENAPI_KENMERK);
        return Boolean.parseBoolean(String.valueOf(value != null ? value : schema.get(Preconditions.OPENAPI_KENMERK)));
    }
}
