package nl.participatiesuite.apirules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** Which response gets which header in the contract: the rules of ContractHeaders on a small document. */
class ContractHeadersTest {

    private static APIResponse json(String schema) {
        return OASFactory.createAPIResponse().description("ok").content(OASFactory.createContent().addMediaType(
                "application/json", OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema))));
    }

    private static OpenAPI document() {
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Kern", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addExtension(Preconditions.OPENAPI_KENMERK, true))
                .addSchema("Telling", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                .addSchema("PageKern", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)));
        Parameter ifMatch = OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER);
        openAPI.paths(OASFactory.createPaths()
                .addPathItem("/api/v1/kernen", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", json("#/components/schemas/PageKern"))))
                        .POST(OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                                .addAPIResponse("201", json("#/components/schemas/Kern")))))
                .addPathItem("/api/v1/kernen/{id}", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", json("#/components/schemas/Kern"))))
                        .PUT(OASFactory.createOperation().addParameter(ifMatch).responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", json("#/components/schemas/Kern")))))
                .addPathItem("/api/v1/kernen/{id}/telling", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", json("#/components/schemas/Telling"))
                                .addAPIResponse("503", OASFactory.createAPIResponse().description("onbereikbaar"))))));
        new ApiDocument().filterOpenAPI(openAPI);
        return openAPI;
    }

    private static Operation get(OpenAPI openAPI, String path) {
        return openAPI.getPaths().getPathItem(path).getGET();
    }

    @Test
    void anObjectWithAVersionSendsItsEtagAndCanBeReadConditionally() {
        OpenAPI openAPI = document();
        Operation one = get(openAPI, "/kernen/{id}");
        assertEquals("#/components/headers/ETag", one.getResponses().getAPIResponse("200").getHeaders().get("ETag").getRef());
        assertTrue(one.getResponses().getAPIResponse("304").getHeaders().containsKey("ETag"));
        assertTrue(one.getParameters().stream().anyMatch(p -> "#/components/parameters/If-None-Match".equals(p.getRef())));
        assertTrue(openAPI.getPaths().getPathItem("/kernen").getPOST().getResponses().getAPIResponse("201").getHeaders()
                .keySet().containsAll(java.util.List.of("ETag", "Location", "API-Version")));
    }

    @Test
    void aTemporaryUnavailabilitySaysWhenToTryAgain() {
        Operation telling = get(document(), "/kernen/{id}/telling");
        assertEquals("#/components/headers/Retry-After",
                telling.getResponses().getAPIResponse("503").getHeaders().get("Retry-After").getRef());
        assertFalse(telling.getResponses().getAPIResponse("200").getHeaders().containsKey("Retry-After"));
    }

    @Test
    void anObjectWithoutAVersionSendsNoEtag() {
        Operation telling = get(document(), "/kernen/{id}/telling");
        assertFalse(telling.getResponses().getAPIResponse("200").getHeaders().containsKey("ETag"));
        assertNull(telling.getResponses().getAPIResponse("304"));
    }

    @Test
    void aPageSendsLinkAndTotalCountAndEveryResponseTheApiVersion() {
        Operation list = get(document(), "/kernen");
        assertTrue(list.getResponses().getAPIResponse("200").getHeaders().keySet()
                .containsAll(java.util.List.of("Link", "X-Total-Count", "API-Version")));
        list.getResponses().getAPIResponses().forEach((code, response) ->
                assertTrue(response.getHeaders().containsKey("API-Version"), code));
    }

    @Test
    void aChangeRequiresIfMatchInItsDocumentedFormat() {
        Operation put = document().getPaths().getPathItem("/kernen/{id}").getPUT();
        assertEquals(1, put.getParameters().size());
        assertEquals("#/components/parameters/If-Match", put.getParameters().get(0).getRef());
        assertTrue(put.getResponses().hasAPIResponse("428"));
        assertTrue(put.getResponses().hasAPIResponse("412"));
    }

    /** Quarkus filters the document again at start, on what the build wrote: a second pass changes nothing. */
    @Test
    void aSecondPassChangesNothing() {
        OpenAPI openAPI = document();
        Operation one = get(openAPI, "/kernen/{id}");
        int parameters = one.getParameters().size();
        new ApiDocument().filterOpenAPI(openAPI);
        assertEquals(parameters, get(openAPI, "/kernen/{id}").getParameters().size());
        assertEquals(1, openAPI.getPaths().getPathItem("/kernen/{id}").getPUT().getParameters().size());
    }
}
