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

@Path("/stellingen/{stellingId}/metingen")
@Tag(name = "burgerpeiling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MetingResource {

    @Inject
    MetingService service;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Leg de uitkomst van een peiling vast (één per jaar)",
            description = "PERCENTAGE: 0..100, RAPPORTCIJFER: 1..10, hoogstens één decimaal; ook voor de benchmark.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @Content(schema = @Schema(implementation = MetingResponse.class)))
    @APIResponse(responseCode = "409", description = "Er is al een meting in dit jaar")
    public Response create(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @NotNull @Valid MetingRequest request,
            @Context UriInfo uriInfo) {
        Meting meting = service.create(stellingId, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(meting.id.toString()).build())
                .tag(Preconditions.etag(meting.versie)).entity(MetingResponse.of(meting)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "De metingen van een stelling, oudste eerst",
            description = "Openbaar, ook zonder token: de burgerpeiling is openbaar. Een stelling heeft ten hoogste één"
                    + " meting per jaar; de oudste is de basis voor de voortgang van haar doelen.")
    @APIResponse(responseCode = "200", description = "Een pagina metingen")
    public RestResponse<Page<MetingResponse>> list(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(stellingId, page).map(MetingResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Eén meting van een stelling",
            description = "Met de versie als ETag, die een wijziging of verwijdering in If-Match meegeeft.")
    @APIResponse(responseCode = "200", description = "Gevonden",
            content = @Content(schema = @Schema(implementation = MetingResponse.class)))
    public Response get(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @PathParam("id") UUID id) {
        Meting meting = service.get(stellingId, id);
        return Response.ok(MetingResponse.of(meting)).tag(Preconditions.etag(meting.versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Corrigeer een meting (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de stelling. Jaar 1990..2100; waarde en benchmark"
                    + " binnen de eenheid van de stelling (PERCENTAGE 0..100, RAPPORTCIJFER 1..10), alle fouten in één"
                    + " 400. Een andere meting in hetzelfde jaar geeft 409 meting-bestaat; een meting van een andere"
                    + " stelling geeft 404.")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = MetingResponse.class)))
    @APIResponse(responseCode = "409", description = "Er is al een meting in dit jaar")
    public Response update(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid MetingRequest request) {
        Meting meting = service.update(stellingId, id, request, ifMatch);
        return Response.ok(MetingResponse.of(meting)).tag(Preconditions.etag(meting.versie)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Verwijder een meting (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de stelling. Een meting van een andere stelling geeft"
                    + " 404. Basis, laatste meting en voortgang van de stelling worden daarna zonder deze meting"
                    + " berekend; de audittrail van de stelling blijft.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    public Response delete(
            @Parameter(description = "Het id van de stelling") @PathParam("stellingId") UUID stellingId,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(stellingId, id, ifMatch);
        return Response.noContent().build();
    }
}
