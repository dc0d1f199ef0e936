package nl.participatiesuite.assessment.samenwerkingsplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.security.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/beoordelingen/{id}/planning")
@Tag(name = "beoordelingen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanningResource {

    @Inject
    PlanningService service;

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De planning van stap 4 bij deze beoordeling",
            description = "Per belanghebbende de activiteit en wanneer, en het communicatieplan. De ETag is die van de "
                    + "beoordeling.")
    @APIResponse(responseCode = "200", description = "De planning",
            content = @Content(schema = @Schema(implementation = PlanningResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(service.planning(id));
    }

    @PUT
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Vervang de planning (If-Match van de beoordeling vereist)",
            description = "Een belanghebbende die niet in de belangenanalyse staat, of een periode die niet na haar "
                    + "begin eindigt, geeft 400 met elk ongeldig veld. Een werkvorm buiten het advies mag "
                    + "(uitMatrix false).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanningRequest.class)))
    @APIResponse(responseCode = "200", description = "De nieuwe planning",
            content = @Content(schema = @Schema(implementation = PlanningResponse.class)))
    public Response put(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PlanningRequest request) {
        return ok(service.vervang(id, ifMatch, request));
    }

    private static Response ok(PlanningStand stand) {
        return Response.ok(PlanningResponse.of(stand)).tag(Preconditions.etag(stand.versie())).build();
    }
}
