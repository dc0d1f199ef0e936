package nl.participatiesuite.registry.signaleringsgroep;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.participatiesuite.apirules.audit.Auditregel;
import nl.participatiesuite.apirules.audit.Audittrail;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.GemeenteCode;
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

@Path("/signaleringsvergoedingen")
@Tag(name = "signaleringsvergoedingen", description = "De jaarlijkse onkostenvergoeding per signaleringsgroep, per gemeente en jaar.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignaleringsvergoedingResource {

    @Inject
    SignaleringsvergoedingService service;

    @Inject
    Audittrail audittrail;

    @PUT
    @Path("/{gemeente}/{jaar}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Stel de signaleringsvergoeding van een gemeente voor een jaar vast of wijzig haar",
            description = "Aanmaken kan zonder If-Match (201); wijzigen van een bestaand bedrag vereist If-Match (200).")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = SignaleringsvergoedingResponse.class)))
    @APIResponse(responseCode = "201", description = "Vastgesteld",
            content = @Content(schema = @Schema(implementation = SignaleringsvergoedingResponse.class)))
    @APIResponse(responseCode = "409", description = "Een ander stelde het bedrag tegelijk vast")
    public Response put(
            @Parameter(description = GemeenteCode.IN_PAD, example = "GM0214")
            @PathParam("gemeente") String gemeente,
            @Parameter(description = "Het kalenderjaar van de vergoeding", example = "2025")
            @PathParam("jaar") @Min(value = 2000, message = "jaar ligt tussen 2000 en 2200.")
            @Max(value = 2200, message = "jaar ligt tussen 2000 en 2200.") int jaar,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SignaleringsvergoedingRequest request,
            @Context UriInfo uriInfo) {
        SignaleringsvergoedingService.Vastgesteld vastgesteld = service.stelVast(GemeenteCode.uitPad("gemeente", gemeente), jaar, request, ifMatch);
        Signaleringsvergoeding vergoeding = vastgesteld.vergoeding();
        Response.ResponseBuilder response = vastgesteld.nieuw()
                ? Response.created(uriInfo.getAbsolutePath())
                : Response.ok();
        return response.tag(Preconditions.etag(vergoeding.versie))
                .entity(SignaleringsvergoedingResponse.of(vergoeding)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Vastgestelde signaleringsvergoedingen, op gemeente en jaar",
            description = "Voor een raadpleger of hoger, alleen van de eigen gemeente: zonder gemeente de eigen, een"
                    + " andere gemeente geeft 403. Een dienstaccount noemt de gemeente.")
    @APIResponse(responseCode = "200", description = "Een pagina signaleringsvergoedingen")
    public RestResponse<Page<SignaleringsvergoedingResponse>> list(
            @Parameter(description = "Alleen die van deze gemeente (CBS-code); standaard en ten hoogste de eigen gemeente",
                    example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = "gemeente is een CBS-gemeentecode.") String gemeente,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, page).map(SignaleringsvergoedingResponse::of), uriInfo);
    }

    @GET
    @Path("/{gemeente}/{jaar}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De signaleringsvergoeding van een gemeente in een jaar",
            description = "Voor een raadpleger of hoger van deze gemeente, en voor een dienstaccount; een andere gemeente"
                    + " geeft 403. Een jaar waarvoor de gemeente geen bedrag vaststelde, geeft 404: de"
                    + " vrijwilligersvergoeding van haar groepen geeft dan 422 signaleringsvergoeding-ontbreekt, nooit"
                    + " 0.")
    @APIResponse(responseCode = "200", description = "De signaleringsvergoeding",
            content = @Content(schema = @Schema(implementation = SignaleringsvergoedingResponse.class)))
    public Response get(
            @Parameter(description = GemeenteCode.IN_PAD, example = "GM0214")
            @PathParam("gemeente") String gemeente,
            @Parameter(description = "Het kalenderjaar van de vergoeding", example = "2025")
            @PathParam("jaar") int jaar) {
        Signaleringsvergoeding vergoeding = service.get(GemeenteCode.uitPad("gemeente", gemeente), jaar);
        return Response.ok(SignaleringsvergoedingResponse.of(vergoeding)).tag(Preconditions.etag(vergoeding.versie)).build();
    }

    @DELETE
    @Path("/{gemeente}/{jaar}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Verwijder de signaleringsvergoeding van een gemeente in een jaar (If-Match vereist)",
            description = "Alleen een beheerder van deze gemeente. Daarna geeft de vrijwilligersvergoeding van haar"
                    + " signaleringsgroepen en whatsapp-coördinator voor dat jaar 422"
                    + " signaleringsvergoeding-ontbreekt, tot het bedrag opnieuw is vastgesteld.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    public Response delete(
            @Parameter(description = GemeenteCode.IN_PAD, example = "GM0214")
            @PathParam("gemeente") String gemeente,
            @Parameter(description = "Het kalenderjaar van de vergoeding", example = "2025")
            @PathParam("jaar") int jaar,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(GemeenteCode.uitPad("gemeente", gemeente), jaar, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{gemeente}/{jaar}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie stelde deze signaleringsvergoeding wanneer vast of wijzigde haar, en wat",
            description = "Alleen voor een beheerder van de gemeente van de vergoeding. " + Audittrail.BESCHRIJVING)
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(
            @Parameter(description = GemeenteCode.IN_PAD, example = "GM0214")
            @PathParam("gemeente") String gemeente,
            @Parameter(description = "Het kalenderjaar van de vergoeding", example = "2025")
            @PathParam("jaar") int jaar,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return audittrail.van(Signaleringsvergoeding.RESOURCE, Signaleringsvergoeding.Sleutel.pad(GemeenteCode.uitPad("gemeente", gemeente), jaar), page, uriInfo);
    }
}
