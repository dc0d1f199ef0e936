package nl.participatiesuite.registry.incidenteleondersteuning;

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

@Path("/incidentele-ondersteuningen")
@Tag(name = "incidentele-ondersteuningen",
        description = "Eenmalige ondersteuning van initiatieven, binnen een jaarplafond per gemeente.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidenteleOndersteuningResource {

    @Inject
    IncidenteleOndersteuningService service;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Ken incidentele ondersteuning toe",
            description = "Het totaal per gemeente per kalenderjaar blijft binnen het jaarplafond (standaard € 5.000; de "
                    + "regelset die op 1 januari van het jaar gold), ook bij gelijktijdige toekenningen.")
    @APIResponse(responseCode = "201", description = "Toegekend",
            content = @Content(schema = @Schema(implementation = IncidenteleOndersteuningResponse.class)))
    @APIResponse(responseCode = "409", description = "Het jaarplafond van de gemeente raakt overschreden")
    public Response create(@Valid @NotNull IncidenteleOndersteuningRequest request, @Context UriInfo uriInfo) {
        IncidenteleOndersteuning ondersteuning = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(ondersteuning.id.toString()).build())
                .tag(Preconditions.etag(ondersteuning.versie))
                .entity(IncidenteleOndersteuningResponse.of(ondersteuning)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Lijst van incidentele ondersteuningen, per gemeente en jaar, oudste eerst",
            description = "Voor een raadpleger of hoger, alleen van de eigen gemeente: zonder gemeente de eigen, een"
                    + " andere gemeente geeft 403. Een dienstaccount noemt de gemeente.")
    @APIResponse(responseCode = "200", description = "Een pagina incidentele ondersteuningen")
    public RestResponse<Page<IncidenteleOndersteuningResponse>> list(
            @Parameter(description = "Alleen ondersteuning door deze gemeente (CBS-code); standaard en ten hoogste de eigen"
                    + " gemeente", example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = "gemeente is een CBS-gemeentecode.")
            String gemeente,
            @Parameter(description = "Alleen ondersteuning in dit kalenderjaar", example = "2025")
            @QueryParam("jaar") @Min(value = 2000, message = "jaar is minimaal 2000.")
            @Max(value = 2200, message = "jaar is hoogstens 2200.")
            Integer jaar,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, jaar, page).map(IncidenteleOndersteuningResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén incidentele ondersteuning",
            description = "Voor een raadpleger of hoger van de gemeente van de ondersteuning, en voor een dienstaccount;"
                    + " een andere gemeente geeft 403.")
    @APIResponse(responseCode = "200", description = "De incidentele ondersteuning",
            content = @Content(schema = @Schema(implementation = IncidenteleOndersteuningResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        IncidenteleOndersteuning ondersteuning = service.get(id);
        return Response.ok(IncidenteleOndersteuningResponse.of(ondersteuning))
                .tag(Preconditions.etag(ondersteuning.versie)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Trek een incidentele ondersteuning in (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de ondersteuning. Intrekken verwijdert de toekenning"
                    + " (een correctie) en maakt haar bedrag weer beschikbaar onder het jaarplafond van dat jaar; de"
                    + " audittrail blijft.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/jaaroverzichten/{gemeente}/{jaar}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Jaarplafond, toegekend en beschikbaar voor een gemeente in een kalenderjaar",
            description = "Voor een raadpleger of hoger van deze gemeente, en voor een dienstaccount; een andere gemeente"
                    + " geeft 403, een onbekende 404. Het plafond komt uit de regelset die op 1 januari van het jaar"
                    + " gold (standaard € 5.000), zodat het bedrag van een begonnen jaar niet verandert door een"
                    + " latere publicatie. Beschikbaar is plafond min toegekend en nooit negatief.")
    @APIResponse(responseCode = "200", description = "Het jaaroverzicht",
            content = @Content(schema = @Schema(implementation = JaaroverzichtResponse.class)))
    public JaaroverzichtResponse jaaroverzicht(
            @Parameter(description = GemeenteCode.IN_PAD, example = "GM0214")
            @PathParam("gemeente") String gemeente,
            @Parameter(description = "Het kalenderjaar", example = "2025")
            @PathParam("jaar") @Min(value = 2000, message = "jaar is minimaal 2000.")
            @Max(value = 2200, message = "jaar is hoogstens 2200.") int jaar) {
        GemeenteCode.uitPad("gemeente", gemeente);
        return JaaroverzichtResponse.of(gemeente, jaar, service.jaaroverzicht(gemeente, jaar));
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie kende deze incidentele ondersteuning wanneer toe of trok haar in",
            description = "Alleen voor een beheerder van de gemeente van de ondersteuning. " + Audittrail.BESCHRIJVING)
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(IncidenteleOndersteuning.RESOURCE, id, page, uriInfo);
    }
}
