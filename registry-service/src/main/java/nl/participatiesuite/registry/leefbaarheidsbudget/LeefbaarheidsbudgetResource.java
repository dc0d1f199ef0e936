package nl.participatiesuite.registry.leefbaarheidsbudget;

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

@Path("/leefbaarheidsbudgetten")
@Tag(name = "leefbaarheidsbudgetten",
        description = "Leefbaarheidsbudget per gemeente per jaar (eventueel per kern), met de aanvragen erop.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeefbaarheidsbudgetResource {

    @Inject
    LeefbaarheidsbudgetService service;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Stel een leefbaarheidsbudget in",
            description = "Alleen een beheerder, in de eigen gemeente (anders 403); de gemeente moet geregistreerd zijn en"
                    + " een kernId noemt een kern van die gemeente (400 unknown, otherGemeente). Per gemeente en jaar"
                    + " is er één budget voor de hele gemeente (zonder kern) en ten hoogste één per kern; een tweede"
                    + " geeft 409 budget-bestaat, ook bij gelijktijdig instellen. De beslismodus (STEMMEN, COMMISSIE"
                    + " of GEMEENTE) zegt hoe over aanvragen wordt besloten.")
    @APIResponse(responseCode = "201", description = "Ingesteld",
            content = @Content(schema = @Schema(implementation = LeefbaarheidsbudgetResponse.class)))
    @APIResponse(responseCode = "409", description = "Er is al een budget voor deze gemeente, dit jaar en deze kern")
    public Response create(@Valid @NotNull LeefbaarheidsbudgetRequest request, @Context UriInfo uriInfo) {
        Budgetstand stand = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(stand.budget().id.toString()).build())
                .tag(Preconditions.etag(stand.budget().versie)).entity(LeefbaarheidsbudgetResponse.of(stand)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Lijst van leefbaarheidsbudgetten, per gemeente, nieuwste jaar eerst",
            description = "Voor een raadpleger of hoger, alleen van de eigen gemeente: zonder gemeente de eigen, een"
                    + " andere gemeente geeft 403. Een dienstaccount noemt de gemeente. Elk budget noemt wat er is"
                    + " toegekend en wat nog beschikbaar is.")
    @APIResponse(responseCode = "200", description = "Een pagina leefbaarheidsbudgetten")
    public RestResponse<Page<LeefbaarheidsbudgetResponse>> list(
            @Parameter(description = "Alleen budgetten van deze gemeente (CBS-code); standaard en ten hoogste de eigen gemeente",
                    example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = "gemeente is een CBS-gemeentecode.")
            String gemeente,
            @Parameter(description = "Alleen budgetten van dit jaar", example = "2025")
            @QueryParam("jaar") @Min(value = 2000, message = "jaar is minimaal 2000.")
            @Max(value = 2200, message = "jaar is hoogstens 2200.")
            Integer jaar,
            @Parameter(description = "Alleen budgetten van deze kern (id)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("kern") @Pattern(regexp = Ids.UUID_PATTERN, message = "kern is een UUID.")
            String kern,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, jaar, Ids.parse(kern), page).map(LeefbaarheidsbudgetResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén leefbaarheidsbudget, met wat er is toegekend en wat nog beschikbaar is",
            description = "Voor een raadpleger of hoger van de gemeente van het budget, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Toegekend is de som van de toegekende bedragen van zijn aanvragen;"
                    + " beschikbaar is totaalbedrag min toegekend, nooit negatief.")
    @APIResponse(responseCode = "200", description = "Het leefbaarheidsbudget",
            content = @Content(schema = @Schema(implementation = LeefbaarheidsbudgetResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        Budgetstand stand = service.get(id);
        return Response.ok(LeefbaarheidsbudgetResponse.of(stand)).tag(Preconditions.etag(stand.budget().versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wijzig totaalbedrag en beslismodus (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van het budget. Gemeente, jaar en kern liggen vast. Het"
                    + " totaalbedrag mag niet lager worden dan wat al is toegekend (409 budget-onder-toegekend); het"
                    + " budget wordt daarvoor vergrendeld zoals bij een besluit, zodat een gelijktijdige toekenning"
                    + " meetelt.")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = LeefbaarheidsbudgetResponse.class)))
    @APIResponse(responseCode = "409", description = "Het totaalbedrag zou lager worden dan wat al is toegekend")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LeefbaarheidsbudgetWijziging wijziging) {
        Budgetstand stand = service.update(id, wijziging, ifMatch);
        return Response.ok(LeefbaarheidsbudgetResponse.of(stand)).tag(Preconditions.etag(stand.budget().versie)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Verwijder een leefbaarheidsbudget zonder aanvragen (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van het budget. Een budget waarop aanvragen zijn gedaan,"
                    + " blijft bewaard als verantwoording: verwijderen geeft dan 409 budget-heeft-aanvragen.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    @APIResponse(responseCode = "409", description = "Er zijn al aanvragen op dit budget gedaan")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde dit leefbaarheidsbudget, zijn aanvragen en besluiten wanneer, en wat"
            + " (persoonsgegevens als pseudoniem)",
            description = "Alleen voor een beheerder van de gemeente van het budget. " + Audittrail.BESCHRIJVING
                    + " Ook de aanvragen en besluiten op het budget staan erin.")
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Leefbaarheidsbudget.RESOURCE, id, page, uriInfo);
    }
}
