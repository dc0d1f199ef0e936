package nl.participatiesuite.registry.onkostenvergoeding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/inflatiecijfers")
@Tag(name = "inflatiecijfers", description = "Inflatiecijfers (CPI) per jaar, waarmee de onkostenvergoeding jaarlijks wordt gecorrigeerd.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InflatiecijferResource {

    @Inject
    InflatiecijferService service;

    @Inject
    Audittrail audittrail;

    @PUT
    @Path("/{jaar}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Stel het inflatiecijfer van een jaar vast of wijzig het",
            description = "Aanmaken kan zonder If-Match (201); wijzigen van een bestaand cijfer vereist If-Match (200).")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = InflatiecijferResponse.class)))
    @APIResponse(responseCode = "201", description = "Vastgesteld",
            content = @Content(schema = @Schema(implementation = InflatiecijferResponse.class)))
    @APIResponse(responseCode = "409", description = "Een ander stelde het cijfer tegelijk vast")
    public Response put(
            @Parameter(description = "Het jaar waarover het inflatiecijfer (CPI) gaat", example = "2025")
            @PathParam("jaar") @Min(value = 2000, message = "jaar ligt tussen 2000 en 2200.")
            @Max(value = 2200, message = "jaar ligt tussen 2000 en 2200.") int jaar,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull InflatiecijferRequest request,
            @Context UriInfo uriInfo) {
        InflatiecijferService.Vastgesteld vastgesteld = service.stelVast(jaar, request, ifMatch);
        Inflatiecijfer cijfer = vastgesteld.cijfer();
        Response.ResponseBuilder response = vastgesteld.nieuw()
                ? Response.created(uriInfo.getAbsolutePath())
                : Response.ok();
        return response.tag(Preconditions.etag(cijfer.versie)).entity(InflatiecijferResponse.of(cijfer)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Alle inflatiecijfers, op jaar",
            description = "Landelijke gegevens (CPI-percentage per jaar), niet van één gemeente: elke raadpleger of hoger"
                    + " leest ze, van welke gemeente ook. Uit deze cijfers berekent de registry de onkostenvergoeding"
                    + " van dorpsbelangenorganisaties.")
    @APIResponse(responseCode = "200", description = "Een pagina inflatiecijfers")
    public RestResponse<Page<InflatiecijferResponse>> list(@Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(page).map(InflatiecijferResponse::of), uriInfo);
    }

    @GET
    @Path("/{jaar}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Het inflatiecijfer van één jaar",
            description = "Landelijke gegevens: elke raadpleger of hoger leest ze. Een jaar zonder vastgesteld cijfer"
                    + " geeft 404; de registry rekent dan nooit met 0.")
    @APIResponse(responseCode = "200", description = "Het inflatiecijfer",
            content = @Content(schema = @Schema(implementation = InflatiecijferResponse.class)))
    public Response get(
            @Parameter(description = "Het jaar waarover het inflatiecijfer (CPI) gaat", example = "2025")
            @PathParam("jaar") int jaar) {
        Inflatiecijfer cijfer = service.get(jaar);
        return Response.ok(InflatiecijferResponse.of(cijfer)).tag(Preconditions.etag(cijfer.versie)).build();
    }

    @DELETE
    @Path("/{jaar}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Verwijder het inflatiecijfer van een jaar (If-Match vereist)",
            description = "Alleen een beheerder die namens een gemeente handelt (een token zonder gemeente geeft 403); de"
                    + " audittrail noemt die gemeente. Ligt het jaar na het basisjaar van een regelset, dan geeft de"
                    + " onkostenvergoeding voor dat jaar en latere jaren daarna 422 inflatiecijfer-ontbreekt, tot het"
                    + " cijfer opnieuw is vastgesteld.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    public Response delete(
            @Parameter(description = "Het jaar waarover het inflatiecijfer (CPI) gaat", example = "2025")
            @PathParam("jaar") int jaar, @HeaderParam("If-Match") String ifMatch) {
        service.delete(jaar, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{jaar}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie stelde dit inflatiecijfer wanneer vast of wijzigde het, en wat",
            description = "Landelijke gegevens: elke beheerder mag deze audittrail lezen.")
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(
            @Parameter(description = "Het jaar waarover het inflatiecijfer (CPI) gaat", example = "2025")
            @PathParam("jaar") int jaar, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Inflatiecijfer.RESOURCE, jaar, page, uriInfo);
    }
}
