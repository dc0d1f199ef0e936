package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.PageResponses;
import nl.participatiesuite.apirules.security.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/leefbaarheidsbudgetten/{id}/aanvragen")
@Tag(name = "leefbaarheidsbudgetten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AanvraagResource {

    @Inject
    AanvraagService service;

    @POST
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Vraag geld aan uit een leefbaarheidsbudget",
            description = "Een medewerker of hoger van de gemeente van het budget legt de aanvraag vast (een andere"
                    + " gemeente geeft 403). Het gevraagde bedrag is meer dan 0; een initiatiefId noemt een initiatief"
                    + " van dezelfde gemeente (400 unknown, otherGemeente). De server zet status INGEDIEND. Het budget"
                    + " wordt hier nog niet getoetst: dat gebeurt bij het besluit van de beheerder. De aanvrager is"
                    + " een persoonsgegeven.")
    @APIResponse(responseCode = "201", description = "Ingediend",
            content = @Content(schema = @Schema(implementation = AanvraagResponse.class)))
    public Response create(@PathParam("id") UUID id, @Valid @NotNull AanvraagRequest request, @Context UriInfo uriInfo) {
        Leefbaarheidsaanvraag aanvraag = service.create(id, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(aanvraag.id.toString()).build())
                .tag(Preconditions.etag(aanvraag.versie)).entity(AanvraagResponse.of(aanvraag)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De aanvragen op een leefbaarheidsbudget, oudste eerst",
            description = "Voor een raadpleger of hoger van de gemeente van het budget, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. De aanvrager (persoonsgegevens) staat erin.")
    @APIResponse(responseCode = "200", description = "Een pagina aanvragen")
    public RestResponse<Page<AanvraagResponse>> list(@PathParam("id") UUID id,
            @Parameter(description = "Alleen aanvragen met deze status",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"INGEDIEND", "TOEGEKEND", "AFGEWEZEN"}))
            @QueryParam("status") @OneOf(AanvraagStatus.class) String status,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(id, status, page).map(AanvraagResponse::of), uriInfo);
    }

    @GET
    @Path("/{aanvraagId}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén aanvraag",
            description = "Voor een raadpleger of hoger van de gemeente van het budget, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Een aanvraagId die niet bij dit budget hoort, geeft 404.")
    @APIResponse(responseCode = "200", description = "De aanvraag",
            content = @Content(schema = @Schema(implementation = AanvraagResponse.class)))
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "Het id van een aanvraag op dit leefbaarheidsbudget")
            @PathParam("aanvraagId") UUID aanvraagId) {
        Leefbaarheidsaanvraag aanvraag = service.get(id, aanvraagId);
        return Response.ok(AanvraagResponse.of(aanvraag)).tag(Preconditions.etag(aanvraag.versie)).build();
    }

    @POST
    @Path("/{aanvraagId}/besluit")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Besluit over een aanvraag: toekennen of afwijzen",
            description = "Het toegekende totaal blijft altijd binnen het budget, ook bij gelijktijdige besluiten.")
    @APIResponse(responseCode = "200", description = "Besloten",
            content = @Content(schema = @Schema(implementation = AanvraagResponse.class)))
    @APIResponse(responseCode = "409",
            description = "Al besloten (aanvraag-al-besloten) of het budget raakt overschreden (budget-overschreden)")
    public Response besluit(@PathParam("id") UUID id,
            @Parameter(description = "Het id van een aanvraag op dit leefbaarheidsbudget")
            @PathParam("aanvraagId") UUID aanvraagId,
            @Valid @NotNull BesluitRequest besluit) {
        Leefbaarheidsaanvraag aanvraag = service.besluit(id, aanvraagId, besluit);
        return Response.ok(AanvraagResponse.of(aanvraag)).tag(Preconditions.etag(aanvraag.versie)).build();
    }

    @POST
    @Path("/{aanvraagId}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens van de aanvrager (AVG art. 17)",
            description = "De aanvrager wordt vervangen door een markering; de aanvraag, het besluit en de audittrail van"
                    + " het budget blijven. Een tweede verzoek verandert niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = AanvraagResponse.class)))
    public Response wissen(@PathParam("id") UUID id,
            @Parameter(description = "Het id van een aanvraag op dit leefbaarheidsbudget")
            @PathParam("aanvraagId") UUID aanvraagId) {
        Leefbaarheidsaanvraag aanvraag = service.wissen(id, aanvraagId);
        return Response.ok(AanvraagResponse.of(aanvraag)).tag(Preconditions.etag(aanvraag.versie)).build();
    }
}
