package nl.participatiesuite.apirules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** The schema rules of ContractSchemas (issue 13) on a small document, as a client generator would meet it. */
class ContractSchemasTest {

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static OpenAPI document() {
        Schema kern = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("id", ref("UUID").description("De id").addType(Schema.SchemaType.STRING))
                .addProperty("status", ref("Status").description("Waar de kern staat").addType(Schema.SchemaType.STRING))
                .addProperty("gemeente", ref("Gemeente").addType(Schema.SchemaType.OBJECT));
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("UUID", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"))
                .addSchema("Status", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("ACTIEF", "OPGEHEVEN")))
                .addSchema("Gemeente", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                .addSchema("Ongebruikt", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                .addSchema("Kern", kern));
        openAPI.paths(OASFactory.createPaths().addPathItem("/kernen/{id}", OASFactory.createPathItem()
                .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("ok").content(OASFactory.createContent()
                                .addMediaType("application/json", OASFactory.createMediaType().schema(ref("Kern")))))))));
        ContractSchemas.tidy(openAPI);
        return openAPI;
    }

    private static Schema property(OpenAPI openAPI, String name) {
        return openAPI.getComponents().getSchemas().get("Kern").getProperties().get(name);
    }

    @Test
    void aJavaScalarTypeIsAnInlineStringWithItsFormatNotANamedSchema() {
        OpenAPI openAPI = document();
        assertFalse(openAPI.getComponents().getSchemas().containsKey("UUID"));
        Schema id = property(openAPI, "id");
        assertNull(id.getRef());
        assertEquals("uuid", id.getFormat());
        assertEquals(List.of(Schema.SchemaType.STRING), id.getType());
        assertEquals("De id", id.getDescription());
    }

    @Test
    void aReferenceWithSiblingsBecomesAnAllOfThatKeepsThem() {
        Schema status = property(document(), "status");
        assertNull(status.getRef());
        assertEquals("#/components/schemas/Status", status.getAllOf().get(0).getRef());
        assertEquals("Waar de kern staat", status.getDescription());
        assertEquals(List.of(Schema.SchemaType.STRING), status.getType());
    }

    @Test
    void aTypeAloneNextToAReferenceIsDropped() {
        Schema gemeente = property(document(), "gemeente");
        assertEquals("#/components/schemas/Gemeente", gemeente.getRef());
        assertEquals(Map.of("$ref", "#/components/schemas/Gemeente"), gemeente.getAll());
    }

    @Test
    void aSchemaNoOperationUsesIsLeftOut() {
        Map<String, Schema> schemas = document().getComponents().getSchemas();
        assertFalse(schemas.containsKey("Ongebruikt"));
        assertTrue(schemas.keySet().containsAll(List.of("Kern", "Status", "Gemeente")), schemas.keySet()::toString);
    }

    @Test
    void aRenamedSchemaIsRenamedWhereverItIsReferenced() {
        OpenAPI openAPI = document();
        ContractSchemas.rename(openAPI, Map.of("Status", "Kernstatus"));
        assertFalse(openAPI.getComponents().getSchemas().containsKey("Status"));
        assertTrue(openAPI.getComponents().getSchemas().containsKey("Kernstatus"));
        assertEquals("#/components/schemas/Kernstatus", property(openAPI, "status").getAllOf().get(0).getRef());
    }

    @Test
    void aRenameOfASchemaTheContractDoesNotHaveOrToANameItHasFails() {
        assertThrows(IllegalStateException.class, () -> ContractSchemas.rename(document(), Map.of("Onbekend", "X")));
        assertThrows(IllegalStateException.class, () -> ContractSchemas.rename(document(), Map.of("Status", "Kern")));
    }
}
