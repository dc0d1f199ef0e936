package nl.participatiesuite.assessment.checklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/beoordelingen/{id}/checklist")
@Tag(name = "beoordelingen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    @Inject
    ChecklistService service;

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De checklist van de handreiking bij deze beoordeling",
            description = "Inwonersparticipatie (6 stappen) bij initiatiefnemer GEMEENTE, overheidsparticipatie "
                    + "(5 stappen) bij SAMENLEVING. De ETag is die van de beoordeling.")
    @APIResponse(responseCode = "200", description = "De checklist",
            content = @Content(schema = @Schema(implementation = ChecklistResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(service.checklist(id));
    }

    @PATCH
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Vul antwoorden van het team aan (If-Match van de beoordeling vereist)",
            description = "Een onbekende vraagsleutel geeft 400 met elke onbekende sleutel als antwoorden.<sleutel>.")
    @APIResponse(responseCode = "200", description = "De bijgewerkte checklist",
            content = @Content(schema = @Schema(implementation = ChecklistResponse.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ChecklistWijziging wijziging) {
        return ok(service.wijzig(id, ifMatch, wijziging));
    }

    private static Response ok(ChecklistStand stand) {
        return Response.ok(ChecklistResponse.of(stand)).tag(Preconditions.etag(stand.versie())).build();
    }
}
