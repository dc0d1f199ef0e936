package nl.participatiesuite.registry.dorpsbelangenorganisatie;

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
import nl.participatiesuite.apirules.input.Ids;
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

@Path("/dorpsbelangenorganisaties")
@Tag(name = "dorpsbelangenorganisaties", description = "Organisaties die opkomen voor de belangen van een of meer kernen, met hun convenant.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DorpsbelangenorganisatieResource {

    @Inject
    DorpsbelangenorganisatieService service;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Registreer een dorpsbelangenorganisatie",
            description = "Alleen een beheerder, in de eigen gemeente (anders 403). De gemeente moet geregistreerd zijn en"
                    + " kernIds noemt 1 tot 100 verschillende kernen van die gemeente; een onbekende kern of een kern"
                    + " van een andere gemeente is een 400 (unknown, otherGemeente), samen met de andere fouten. Een"
                    + " convenant heeft een evaluatieUiterlijk die niet voor getekendOp ligt (400 inconsistent). De"
                    + " server zet id, convenantStatus (GEEN, LOPEND of EVALUATIE_VERLOPEN, op de datum van vandaag),"
                    + " versie en de tijdstempels.")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            content = @Content(schema = @Schema(implementation = DorpsbelangenorganisatieResponse.class)))
    public Response create(@Valid @NotNull DorpsbelangenorganisatieRequest request, @Context UriInfo uriInfo) {
        Organisatiestand stand = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(stand.organisatie().id.toString()).build())
                .tag(Preconditions.etag(stand.organisatie().versie))
                .entity(DorpsbelangenorganisatieResponse.of(stand)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Lijst van dorpsbelangenorganisaties, op gemeente en naam",
            description = "Openbaar, ook zonder token en over gemeenten heen. De contactpersoon (persoonsgegevens) staat"
                    + " er alleen in voor een raadpleger of hoger van de gemeente van de organisatie. convenantStatus"
                    + " wordt voor alle organisaties van het antwoord op dezelfde dag bepaald.")
    @APIResponse(responseCode = "200", description = "Een pagina dorpsbelangenorganisaties")
    public RestResponse<Page<DorpsbelangenorganisatieResponse>> list(
            @Parameter(description = "Alleen organisaties van deze gemeente (CBS-code)", example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = "gemeente is een CBS-gemeentecode.") String gemeente,
            @Parameter(description = "Alleen organisaties die voor deze kern (id) opkomen")
            @QueryParam("kern") @Pattern(regexp = Ids.UUID_PATTERN, message = "kern is een uuid.") String kern,
            @Parameter(description = "Zoek in de naam") @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, Ids.parse(kern), q, page).map(DorpsbelangenorganisatieResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Eén dorpsbelangenorganisatie",
            description = "Openbaar, ook zonder token. De contactpersoon (persoonsgegevens) staat er alleen in voor een"
                    + " raadpleger of hoger van de gemeente van de organisatie. convenantStatus is GEEN zonder"
                    + " convenant, EVALUATIE_VERLOPEN als vandaag na evaluatieUiterlijk ligt, anders LOPEND.")
    @APIResponse(responseCode = "200", description = "De dorpsbelangenorganisatie",
            content = @Content(schema = @Schema(implementation = DorpsbelangenorganisatieResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        Organisatiestand stand = service.get(id);
        return Response.ok(DorpsbelangenorganisatieResponse.of(stand))
                .tag(Preconditions.etag(stand.organisatie().versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wijzig een dorpsbelangenorganisatie (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de organisatie. Vervangt alle gegevens, ook de kernen"
                    + " en het convenant; de gemeente ligt vast (een andere gemeente is een 400 immutable). Voor"
                    + " kernIds en convenant gelden dezelfde regels als bij registreren.")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = DorpsbelangenorganisatieResponse.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DorpsbelangenorganisatieRequest request) {
        Organisatiestand stand = service.update(id, request, ifMatch);
        return Response.ok(DorpsbelangenorganisatieResponse.of(stand))
                .tag(Preconditions.etag(stand.organisatie().versie)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Verwijder een dorpsbelangenorganisatie (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de organisatie. De organisatie verdwijnt met haar"
                    + " koppelingen aan kernen; de audittrail blijft.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens van de contactpersoon (AVG art. 17)",
            description = "De naam van de contactpersoon wordt vervangen door een markering, e-mail en telefoon worden"
                    + " leeggemaakt; de organisatie, haar kernen en de audittrail blijven. Een tweede verzoek verandert"
                    + " niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = DorpsbelangenorganisatieResponse.class)))
    public Response wissen(@PathParam("id") UUID id) {
        Organisatiestand stand = service.wissen(id);
        return Response.ok(DorpsbelangenorganisatieResponse.of(stand))
                .tag(Preconditions.etag(stand.organisatie().versie)).build();
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde deze dorpsbelangenorganisatie wanneer, en wat (persoonsgegevens als pseudoniem)",
            description = "Alleen voor een beheerder van de gemeente van de organisatie. " + Audittrail.BESCHRIJVING)
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Dorpsbelangenorganisatie.RESOURCE, id, page, uriInfo);
    }
}
