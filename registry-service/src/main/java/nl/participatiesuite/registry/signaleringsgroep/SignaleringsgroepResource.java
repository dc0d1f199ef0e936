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
import nl.participatiesuite.apirules.input.Ids;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.PageResponses;
import nl.participatiesuite.apirules.security.Rollen;
import nl.participatiesuite.registry.regels.Soort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/signaleringsgroepen")
@Tag(name = "signaleringsgroepen", description = "Signaleringsgroepen per kern en de whatsapp-coördinator van de gemeente.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignaleringsgroepResource {

    @Inject
    SignaleringsgroepService service;

    @Inject
    SignaleringsvergoedingService vergoedingen;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Registreer een signaleringsgroep of de whatsapp-coördinator",
            description = "Alleen een beheerder, in de eigen gemeente (anders 403); de gemeente moet geregistreerd zijn."
                    + " Een SIGNALERINGSGROEP hoort bij een kern van dezelfde gemeente (kernId verplicht; een kern van"
                    + " een andere gemeente is 400 otherGemeente); de WHATSAPP_COORDINATOR mag zonder kern. Een"
                    + " gemeente heeft ten hoogste één whatsapp-coördinator, ook bij gelijktijdige registraties: een"
                    + " tweede geeft 409 whatsapp-coordinator-bestaat.")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            content = @Content(schema = @Schema(implementation = SignaleringsgroepResponse.class)))
    @APIResponse(responseCode = "409", description = "De gemeente heeft al een whatsapp-coördinator")
    public Response create(@Valid @NotNull SignaleringsgroepRequest request, @Context UriInfo uriInfo) {
        Signaleringsgroep groep = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(groep.id.toString()).build())
                .tag(Preconditions.etag(groep.versie)).entity(SignaleringsgroepResponse.of(groep)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Lijst van signaleringsgroepen, op gemeente en naam",
            description = "Voor een raadpleger of hoger, alleen van de eigen gemeente: zonder gemeente de eigen, een"
                    + " andere gemeente geeft 403. Een dienstaccount noemt de gemeente. De contactpersoon"
                    + " (persoonsgegevens) staat erin.")
    @APIResponse(responseCode = "200", description = "Een pagina signaleringsgroepen")
    public RestResponse<Page<SignaleringsgroepResponse>> list(
            @Parameter(description = "Alleen groepen van deze gemeente (CBS-code); standaard en ten hoogste de eigen gemeente",
                    example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = "gemeente is een CBS-gemeentecode.") String gemeente,
            @Parameter(description = "Alleen groepen van deze kern (id)")
            @QueryParam("kern") @Pattern(regexp = Ids.UUID_PATTERN, message = "kern is een uuid.") String kern,
            @Parameter(description = "Alleen groepen van deze soort", schema = @Schema(type = SchemaType.STRING, enumeration = {"SIGNALERINGSGROEP", "WHATSAPP_COORDINATOR"}))
            @QueryParam("soort") @OneOf(value = Soort.class, message = "soort is SIGNALERINGSGROEP of WHATSAPP_COORDINATOR.") String soort,
            @Parameter(description = "Zoek in de naam") @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        Page<SignaleringsgroepResponse> result = service
                .list(gemeente, Ids.parse(kern), soort == null ? null : Soort.valueOf(soort), q, page)
                .map(SignaleringsgroepResponse::of);
        return PageResponses.ok(result, uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén signaleringsgroep",
            description = "Voor een raadpleger of hoger van de gemeente van de groep, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403.")
    @APIResponse(responseCode = "200", description = "De signaleringsgroep",
            content = @Content(schema = @Schema(implementation = SignaleringsgroepResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        Signaleringsgroep groep = service.get(id);
        return Response.ok(SignaleringsgroepResponse.of(groep)).tag(Preconditions.etag(groep.versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wijzig een signaleringsgroep (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de groep. De gemeente ligt vast (400 immutable); voor"
                    + " kern en soort gelden dezelfde regels als bij registreren, ook de ene whatsapp-coördinator per"
                    + " gemeente (409 whatsapp-coordinator-bestaat).")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = SignaleringsgroepResponse.class)))
    @APIResponse(responseCode = "409", description = "De gemeente heeft al een whatsapp-coördinator")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SignaleringsgroepRequest request) {
        Signaleringsgroep groep = service.update(id, request, ifMatch);
        return Response.ok(SignaleringsgroepResponse.of(groep)).tag(Preconditions.etag(groep.versie)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Verwijder een signaleringsgroep (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de groep. De audittrail blijft.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/vergoedingen/{jaar}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De jaarlijkse vrijwilligersvergoeding van een signaleringsgroep of de whatsapp-coördinator",
            description = "De whatsapp-coördinator krijgt hetzelfde bedrag als een signaleringsgroep van de gemeente.")
    @APIResponse(responseCode = "200", description = "De vergoeding met onderbouwing")
    @APIResponse(responseCode = "422", description = "De gemeente heeft de signaleringsvergoeding voor dat jaar niet vastgesteld")
    public VrijwilligersvergoedingResponse vergoeding(@PathParam("id") UUID id,
            @Parameter(description = "Het kalenderjaar van de vergoeding", example = "2025")
            @PathParam("jaar") @Min(value = 2000, message = "jaar ligt tussen 2000 en 2200.")
            @Max(value = 2200, message = "jaar ligt tussen 2000 en 2200.") int jaar) {
        return vergoedingen.voorGroep(id, jaar);
    }

    @POST
    @Path("/{id}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens van de contactpersoon (AVG art. 17)",
            description = "De naam van de contactpersoon wordt vervangen door een markering, e-mail en telefoon worden"
                    + " leeggemaakt; de groep en de audittrail blijven. Een tweede verzoek verandert niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = SignaleringsgroepResponse.class)))
    public Response wissen(@PathParam("id") UUID id) {
        Signaleringsgroep groep = service.wissen(id);
        return Response.ok(SignaleringsgroepResponse.of(groep)).tag(Preconditions.etag(groep.versie)).build();
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde deze signaleringsgroep wanneer, en wat (persoonsgegevens als pseudoniem)",
            description = "Alleen voor een beheerder van de gemeente van de groep. " + Audittrail.BESCHRIJVING)
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Signaleringsgroep.RESOURCE, id, page, uriInfo);
    }
}
