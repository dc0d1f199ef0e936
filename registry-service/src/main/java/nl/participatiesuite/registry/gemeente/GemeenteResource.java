package nl.participatiesuite.registry.gemeente;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.audit.Auditregel;
import nl.participatiesuite.apirules.audit.Audittrail;
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

@Path("/gemeenten")
@Tag(name = "gemeenten", description = "De gemeenten (tenants), met hun CBS-code.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GemeenteResource {

    @Inject
    GemeenteService service;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Registreer een gemeente",
            description = "Alleen een beheerder, en alleen voor de gemeente uit het eigen token: code is die CBS-code"
                    + " (anders 403). Een gemeente die al geregistreerd is, geeft 409 gemeente-bestaat. Kernen,"
                    + " budgetten en andere objecten kunnen pas naar een gemeente verwijzen als zij geregistreerd is.")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            content = @Content(schema = @Schema(implementation = GemeenteResponse.class)))
    @APIResponse(responseCode = "409", description = "De gemeente is al geregistreerd")
    public Response create(@Valid @NotNull GemeenteRequest request, @Context UriInfo uriInfo) {
        Gemeente gemeente = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(gemeente.code).build())
                .tag(Preconditions.etag(gemeente.versie))
                .entity(GemeenteResponse.of(gemeente)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Lijst van gemeenten, op naam",
            description = "Voor een raadpleger of hoger: de lijst bevat alleen de eigen gemeente (uit het token), of niets"
                    + " als q haar naam niet raakt. Een token zonder gemeente (ook een dienstaccount) krijgt 403.")
    @APIResponse(responseCode = "200", description = "Een pagina gemeenten")
    public RestResponse<Page<GemeenteResponse>> list(
            @Parameter(description = "Zoek in de naam")
            @QueryParam("q") String q, @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        Page<GemeenteResponse> result = service.list(q, page).map(GemeenteResponse::of);
        return PageResponses.ok(result, uriInfo);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén gemeente",
            description = "Voor een raadpleger of hoger van deze gemeente, en voor een dienstaccount; een andere gemeente"
                    + " geeft 403.")
    @APIResponse(responseCode = "200", description = "De gemeente",
            content = @Content(schema = @Schema(implementation = GemeenteResponse.class)))
    public Response get(
            @Parameter(description = GemeenteCode.IN_PAD, example = "GM0214")
            @PathParam("code") String code) {
        Gemeente gemeente = service.get(GemeenteCode.uitPad("code", code));
        return Response.ok(GemeenteResponse.of(gemeente)).tag(Preconditions.etag(gemeente.versie)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wijzig de naam van een gemeente",
            description = "Alleen een beheerder van deze gemeente. Alleen de naam wijzigt; de CBS-code is de identiteit"
                    + " van de gemeente en ligt vast.")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = GemeenteResponse.class)))
    public Response update(
            @Parameter(description = GemeenteCode.IN_PAD, example = "GM0214") @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GemeenteWijziging wijziging) {
        Gemeente gemeente = service.update(GemeenteCode.uitPad("code", code), wijziging, ifMatch);
        return Response.ok(GemeenteResponse.of(gemeente)).tag(Preconditions.etag(gemeente.versie)).build();
    }

    @GET
    @Path("/{code}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde deze gemeente wanneer, en wat",
            description = "Alleen voor een beheerder van de gemeente van deze gemeente. " + Audittrail.BESCHRIJVING)
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(
            @Parameter(description = GemeenteCode.IN_PAD, example = "GM0214") @PathParam("code") String code,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Gemeente.RESOURCE, GemeenteCode.uitPad("code", code), page, uriInfo);
    }
}
