package nl.participatiesuite.registry.initiatief;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditregel;
import nl.participatiesuite.apirules.audit.Audittrail;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.input.Ids;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.apirules.paging.CursorPageRequest;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.PageResponses;
import nl.participatiesuite.apirules.security.Rollen;
import nl.participatiesuite.registry.peer.BeoordelingVerwijzing;
import nl.participatiesuite.registry.regels.InitiatiefStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/initiatieven")
@Tag(name = "initiatieven", description = "Initiatieven in de kernen, met hun levenscyclus en statusgeschiedenis.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InitiatiefResource {

    @Inject
    InitiatiefService service;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Dien een initiatief in (status INGEDIEND)",
            description = "Een medewerker of hoger legt het initiatief vast in de eigen gemeente (anders 403); de gemeente"
                    + " moet geregistreerd zijn. Alle verwijzingen worden eerst gecontroleerd en samen in één 400"
                    + " gemeld (unknown, otherGemeente): kernIds naar kernen van dezelfde gemeente,"
                    + " vasteContactpersoon als kernambtenaarId van die gemeente of als naam en e-mail van een andere"
                    + " medewerker (nooit beide), leefbaarheidsaanvraagId naar een aanvraag op een budget van die"
                    + " gemeente. beoordelingId is alleen-lezen: de assessment-service legt de koppeling vast wanneer een"
                    + " beoordeling het initiatief noemt, en de registry neemt haar over uit haar notificaties. De server"
                    + " zet status INGEDIEND en legt de indiening vast als eerste statuswijziging, met de beller uit het"
                    + " token als actor.")
    @APIResponse(responseCode = "503", description = BeoordelingVerwijzing.ONBEREIKBAAR)
    @APIResponse(responseCode = "201", description = "Ingediend",
            content = @Content(schema = @Schema(implementation = InitiatiefResponse.class)))
    public Response create(@Valid @NotNull InitiatiefRequest request, @Context UriInfo uriInfo) {
        Initiatief initiatief = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(initiatief.id.toString()).build())
                .tag(Preconditions.etag(initiatief.etagVersie())).entity(InitiatiefResponse.of(initiatief)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Lijst van initiatieven, nieuwste eerst",
            description = "Openbaar, ook zonder token en over gemeenten heen. Naam en contact van een initiatiefnemer van"
                    + " type INWONER en de vaste contactpersoon (persoonsgegevens) staan er alleen in voor een"
                    + " raadpleger of hoger van de gemeente van het initiatief. q zoekt in de titel.")
    @APIResponse(responseCode = "200", description = "Een pagina initiatieven")
    public RestResponse<Page<InitiatiefResponse>> list(
            @Parameter(description = "Alleen initiatieven van deze gemeente (CBS-code)", example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = "gemeente is een CBS-gemeentecode.")
            String gemeente,
            @Parameter(description = "Alleen initiatieven in deze kern (id)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("kern") @Pattern(regexp = Ids.UUID_PATTERN, message = "kern is een UUID.")
            String kern,
            @Parameter(description = "Alleen initiatieven met deze status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"INGEDIEND", "IN_BEHANDELING", "LOPEND", "AFGEROND", "AFGEWEZEN", "INGETROKKEN"}))
            @QueryParam("status") @OneOf(InitiatiefStatus.class)
            String status,
            @Parameter(description = "Zoek in de titel") @QueryParam("q") String q,
            @Valid @BeanParam CursorPageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, Ids.parse(kern), status, q, page).map(InitiatiefResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Eén initiatief",
            description = "Openbaar, ook zonder token. Naam en contact van een initiatiefnemer van type INWONER en de"
                    + " vaste contactpersoon (persoonsgegevens) staan er alleen in voor een raadpleger of hoger van de"
                    + " gemeente van het initiatief. Andere services lezen hier gemeente, kernIds en beoordelingId.")
    @APIResponse(responseCode = "200", description = "Het initiatief",
            content = @Content(schema = @Schema(implementation = InitiatiefResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return service.weergave(id, InitiatiefResponse.class, InitiatiefResponse::of).ok();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Wijzig de gegevens van een initiatief, niet de status (If-Match vereist)",
            description = "Een medewerker of hoger van de gemeente van het initiatief. Vervangt titel, doel, activiteit,"
                    + " kernen, schaal, initiatiefnemer, vaste contactpersoon, overheidsrol en leefbaarheidsaanvraagId,"
                    + " met dezelfde controles op verwijzingen als bij indienen. beoordelingId is alleen-lezen (weglaten"
                    + " laat de koppeling staan). De gemeente en de status wijzigen hier niet: de status alleen via"
                    + " statuswijzigingen, zodat elke stap in de geschiedenis staat.")
    @APIResponse(responseCode = "503", description = BeoordelingVerwijzing.ONBEREIKBAAR)
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = InitiatiefResponse.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InitiatiefWijziging wijziging) {
        Initiatief initiatief = service.update(id, wijziging, ifMatch);
        return Response.ok(InitiatiefResponse.of(initiatief)).tag(Preconditions.etag(initiatief.etagVersie())).build();
    }

    @POST
    @Path("/{id}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens van initiatiefnemer en vaste contactpersoon (AVG art. 17)",
            description = "Namen en e-mail worden vervangen door een markering, het contact van de initiatiefnemer wordt"
                    + " leeggemaakt; het initiatief, zijn statusgeschiedenis en de audittrail blijven. Een kernambtenaar als"
                    + " contactpersoon wist u bij de kernambtenaar. Een tweede verzoek verandert niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = InitiatiefResponse.class)))
    public Response wissen(@PathParam("id") UUID id) {
        Initiatief initiatief = service.wissen(id);
        return Response.ok(InitiatiefResponse.of(initiatief)).tag(Preconditions.etag(initiatief.etagVersie())).build();
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde dit initiatief en zijn status wanneer, en wat (persoonsgegevens als pseudoniem)",
            description = "Alleen voor een beheerder van de gemeente van het initiatief. " + Audittrail.BESCHRIJVING
                    + " Ook de statuswijzigingen staan erin.")
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Initiatief.RESOURCE, id, page, uriInfo);
    }
}
