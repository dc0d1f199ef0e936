package nl.participatiesuite.registry.kern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditregel;
import nl.participatiesuite.apirules.audit.Audittrail;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.paging.CursorPageRequest;
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

@Path("/kernen")
@Tag(name = "kernen", description = "Kernen (dorpen en wijken) per gemeente, met hun kernwethouder.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KernResource {

    @Inject
    KernService service;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Registreer een kern",
            description = "Alleen een beheerder, in de eigen gemeente (anders 403); de gemeente moet geregistreerd zijn"
                    + " (anders 400 unknown). De naam is uniek binnen de gemeente, ongeacht hoofdletters: een tweede"
                    + " kern met dezelfde naam geeft 409 kern-bestaat. inwonertal is niet negatief; kernwethouder is"
                    + " optioneel.")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            content = @Content(schema = @Schema(implementation = KernResponse.class)))
    @APIResponse(responseCode = "409", description = "De gemeente heeft al een kern met deze naam")
    public Response create(@Valid @NotNull KernRequest request, @Context UriInfo uriInfo) {
        Kern kern = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(kern.id.toString()).build())
                .tag(Preconditions.etag(kern.versie)).entity(KernResponse.of(kern)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Lijst van kernen, op gemeente en naam",
            description = "Openbaar, ook zonder token en over gemeenten heen. De kernwethouder (persoonsgegevens) staat er"
                    + " alleen in voor een raadpleger of hoger van de gemeente van de kern. Met"
                    + " zonderKernambtenaar=true vindt u de kernen die nog geen kernambtenaar hebben.")
    @APIResponse(responseCode = "200", description = "Een pagina kernen")
    public RestResponse<Page<KernResponse>> list(
            @Parameter(description = "Alleen kernen van deze gemeente (CBS-code)", example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = "gemeente is een CBS-gemeentecode.") String gemeente,
            @Parameter(description = "Zoek in de naam") @QueryParam("q") String q,
            @Parameter(description = "true: alleen kernen zonder kernambtenaar; false: alleen kernen met")
            @QueryParam("zonderKernambtenaar") Boolean zonderKernambtenaar,
            @Valid @BeanParam CursorPageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, q, zonderKernambtenaar, page).map(KernResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Eén kern",
            description = "Openbaar, ook zonder token. De kernwethouder (persoonsgegevens) staat er alleen in voor een"
                    + " raadpleger of hoger van de gemeente van de kern.")
    @APIResponse(responseCode = "200", description = "De kern",
            content = @Content(schema = @Schema(implementation = KernResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        Kern kern = service.get(id);
        return Response.ok(KernResponse.of(kern)).tag(Preconditions.etag(kern.versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wijzig een kern (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de kern. Een kern verhuist niet naar een andere"
                    + " gemeente (400 immutable). De naam blijft uniek binnen de gemeente (409 kern-bestaat).")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = KernResponse.class)))
    @APIResponse(responseCode = "409", description = "De gemeente heeft al een kern met deze naam")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull KernRequest request) {
        Kern kern = service.update(id, request, ifMatch);
        return Response.ok(KernResponse.of(kern)).tag(Preconditions.etag(kern.versie)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Verwijder een kern die nergens meer aan gekoppeld is (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de kern. Zolang een kernambtenaar,"
                    + " dorpsbelangenorganisatie, signaleringsgroep, initiatief, uitdaagrechtverzoek of"
                    + " leefbaarheidsbudget naar de kern verwijst, is het antwoord 409 kern-in-gebruik; ontkoppel die"
                    + " eerst.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    @APIResponse(responseCode = "409", description = "De kern is nog in gebruik")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens van deze kern: de naam van de kernwethouder (AVG art. 17)",
            description = "De kernwethouder wordt leeggemaakt; de kern en de audittrail blijven. Een tweede verzoek"
                    + " verandert niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = KernResponse.class)))
    public Response wissen(@PathParam("id") UUID id) {
        Kern kern = service.wissen(id);
        return Response.ok(KernResponse.of(kern)).tag(Preconditions.etag(kern.versie)).build();
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde deze kern wanneer, en wat (persoonsgegevens als pseudoniem)",
            description = "Alleen voor een beheerder van de gemeente van de kern. " + Audittrail.BESCHRIJVING)
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Kern.RESOURCE, id, page, uriInfo);
    }
}
