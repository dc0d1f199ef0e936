package nl.participatiesuite.evaluation.evaluatie;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditregel;
import nl.participatiesuite.apirules.audit.Audittrail;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.CursorPageRequest;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.PageResponses;
import nl.participatiesuite.apirules.security.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/evaluaties")
@Tag(name = "evaluaties", description = "Samenwerkingsverslagen achteraf: doelen, lessen, terugkoppeling, oordelen,"
        + " gepland tegenover gerealiseerd niveau, werkvormen en valkuilen.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluatieResource {

    @Inject
    EvaluatieService service;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Leg het verslag van een initiatief vast",
            description = "Het initiatief moet bekend zijn in de registry-service; gemeente en kernen komen daarvandaan."
                    + " Het geplande niveau komt uit de nieuwste beoordeling in de assessment-service; is die er niet"
                    + " of is de assessment-service onbereikbaar, dan wordt het verslag toch opgeslagen en gesignaleerd.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @Content(schema = @Schema(implementation = EvaluatieResponse.class)))
    @APIResponse(responseCode = "409", description = "Het initiatief heeft al een verslag")
    @APIResponse(responseCode = "503", description = "De registry-service is onbereikbaar; er is niets opgeslagen")
    public Response create(@Valid @NotNull EvaluatieRequest request, @Context UriInfo uriInfo) {
        Evaluatie evaluatie = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(evaluatie.id.toString()).build())
                .tag(Preconditions.etag(evaluatie.versie)).entity(EvaluatieResponse.of(evaluatie)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Lijst van verslagen, nieuwste eerst",
            description = "Verslagen zijn data van hun gemeente: voor een raadpleger of hoger, alleen van de eigen"
                    + " gemeente (zonder gemeente de eigen, een andere gemeente geeft 403; een dienstaccount noemt de"
                    + " gemeente). Gedeelde verslagen van andere gemeenten staan bij /leerzame-voorbeelden. De"
                    + " opsteller (persoonsgegevens) staat erin.")
    @APIResponse(responseCode = "200", description = "Een pagina verslagen")
    public RestResponse<Page<EvaluatieResponse>> list(@Valid @BeanParam EvaluatieFilter filter,
            @Valid @BeanParam CursorPageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(filter, page).map(EvaluatieResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén verslag",
            description = "Voor een raadpleger of hoger van de gemeente van het verslag, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403 (een gedeeld verslag leest die als leerzaam voorbeeld). Gemeente,"
                    + " initiatieftitel en kernen komen uit de registry-service bij het aanmaken; het geplande niveau"
                    + " uit de nieuwste beoordeling van het initiatief in de assessment-service. signaleringen noemt"
                    + " TERUGKOPPELING_ONTBREEKT (geen terugkoppeling aan deelnemers, ook als het verslag er niets"
                    + " over zegt), BELOFTE_NIET_NAGEKOMEN (gerealiseerd lager dan gepland), GEEN_BEOORDELING of"
                    + " ASSESSMENT_ONBEREIKBAAR.")
    @APIResponse(responseCode = "200", description = "Het verslag",
            content = @Content(schema = @Schema(implementation = EvaluatieResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return service.weergave(id, EvaluatieResponse.class, EvaluatieResponse::of).ok();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Wijzig een verslag (If-Match vereist)",
            description = "Haalt het geplande niveau opnieuw op. Is de assessment-service onbereikbaar, dan blijft een"
                    + " eerder opgehaald niveau staan.")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = EvaluatieResponse.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EvaluatieRequest request) {
        Evaluatie evaluatie = service.update(id, request, ifMatch);
        return Response.ok(EvaluatieResponse.of(evaluatie)).tag(Preconditions.etag(evaluatie.versie)).build();
    }

    @POST
    @Path("/{id}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens van de opsteller van dit verslag (AVG art. 17)",
            description = "Naam en e-mail van de opsteller worden leeggemaakt; het verslag, zijn lessen, oordelen en"
                    + " werkvormen en de audittrail blijven. Een tweede verzoek verandert niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = EvaluatieResponse.class)))
    public Response wissen(@PathParam("id") UUID id) {
        Evaluatie evaluatie = service.wissen(id);
        return Response.ok(EvaluatieResponse.of(evaluatie)).tag(Preconditions.etag(evaluatie.versie)).build();
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde dit verslag wanneer, en wat (persoonsgegevens als pseudoniem)",
            description = "Alleen voor een beheerder van de gemeente van het verslag. " + Audittrail.BESCHRIJVING)
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Evaluatie.RESOURCE, id, page, uriInfo);
    }
}
