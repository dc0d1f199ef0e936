package nl.participatiesuite.evaluation.burgerpeiling;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.PageResponses;
import nl.participatiesuite.apirules.security.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/stellingen/{stellingId}/doelen")
@Tag(name = "burgerpeiling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DoelResource {

    @Inject
    DoelService service;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Leg een doel vast (één per jaar)",
            description = "PERCENTAGE: 0..100, RAPPORTCIJFER: 1..10, hoogstens één decimaal.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @Content(schema = @Schema(implementation = DoelResponse.class)))
    @APIResponse(responseCode = "409", description = "Er is al een doel voor dit jaar")
    public Response create(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @NotNull @Valid DoelRequest request,
            @Context UriInfo uriInfo) {
        Doel doel = service.create(stellingId, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(doel.id.toString()).build())
                .tag(Preconditions.etag(doel.versie)).entity(DoelResponse.of(doel)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "De doelen van een stelling, vroegste eerst",
            description = "Openbaar, ook zonder token: de burgerpeiling is openbaar. Een stelling heeft ten hoogste één"
                    + " doel per jaar.")
    @APIResponse(responseCode = "200", description = "Een pagina doelen")
    public RestResponse<Page<DoelResponse>> list(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(stellingId, page).map(DoelResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Eén doel van een stelling",
            description = "Met de versie als ETag, die een wijziging of verwijdering in If-Match meegeeft.")
    @APIResponse(responseCode = "200", description = "Gevonden",
            content = @Content(schema = @Schema(implementation = DoelResponse.class)))
    public Response get(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @PathParam("id") UUID id) {
        Doel doel = service.get(stellingId, id);
        return Response.ok(DoelResponse.of(doel)).tag(Preconditions.etag(doel.versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wijzig een doel (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de stelling. Jaar 1990..2100 en een waarde binnen de"
                    + " eenheid van de stelling (PERCENTAGE 0..100, RAPPORTCIJFER 1..10); een ander doel in hetzelfde"
                    + " jaar geeft 409 doel-bestaat. Een doel van een andere stelling geeft 404.")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = DoelResponse.class)))
    @APIResponse(responseCode = "409", description = "Er is al een doel voor dit jaar")
    public Response update(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DoelRequest request) {
        Doel doel = service.update(stellingId, id, request, ifMatch);
        return Response.ok(DoelResponse.of(doel)).tag(Preconditions.etag(doel.versie)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Verwijder een doel (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de stelling. Een doel van een andere stelling geeft"
                    + " 404. De voortgang van de stelling noemt het doel daarna niet meer; de audittrail van de"
                    + " stelling blijft.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    public Response delete(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(stellingId, id, ifMatch);
        return Response.noContent().build();
    }
}
