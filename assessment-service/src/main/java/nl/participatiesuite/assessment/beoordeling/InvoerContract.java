package nl.participatiesuite.assessment.beoordeling;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The stored input of a beoordeling ({@code BeoordelingInvoer}, the engine's record, which knows no framework)
 * names its hinder per aspect with the same {@link HinderAspecten} schema as the request, instead of a map of
 * any key (issue 13: no inline schema where a named one exists).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class InvoerContract implements OASFilter {

    private static final String HINDER = "#/components/schemas/HinderAspecten";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema invoer = openAPI.getComponents().getSchemas().get("BeoordelingInvoer");
        if (invoer == null || invoer.getProperties() == null) {
            return;
        }
        invoer.addProperty("hinderTijdens", hinder("Hinder tijdens realisatie per aspect, 0..6"));
        invoer.addProperty("hinderNa", hinder("Hinder na realisatie per aspect, 0..6"));
    }

    private static Schema hinder(String description) {
        return OASFactory.createSchema().description(description).allOf(List.of(OASFactory.createSchema().ref(HINDER)));
    }
}
