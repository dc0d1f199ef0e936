package nl.participatiesuite.assessment.traject;

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
import nl.participatiesuite.assessment.common.JsonKolommen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/samenwerkingstrajecten")
@Tag(name = "samenwerkingstrajecten", description = "(Intergemeentelijke) samenwerking volgens het BINNO-processchema: "
        + "5 fasen, 16 stappen, en tussen de fasen een terugkoppelingsmoment van college en raad.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrajectResource {

    private static final String IF_MATCH_OPTIONEEL = "Optioneel: de ETag van het traject; een verouderde versie geeft 412.";

    @Inject
    TrajectService service;

    @Inject
    JsonKolommen json;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Begin een samenwerkingstraject (bij stap 1)",
            description = "Een medewerker of hoger, in de eigen gemeente (anders 403). Het traject begint bij stap 1 (fase"
                    + " Verkenning), zonder terugkoppelingen en zonder geschiedenis; de stap zet de server. Daarna"
                    + " beweegt het alleen via overgangen en terugkoppelingen.")
    @APIResponse(responseCode = "201", description = "Begonnen",
            content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    public Response create(@Valid @NotNull TrajectRequest request, @Context UriInfo uriInfo) {
        Traject traject = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(traject.id.toString()).build())
                .tag(Preconditions.etag(traject.versie)).entity(TrajectResponse.of(traject, json)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Samenwerkingstrajecten van de eigen gemeente, nieuwste eerst",
            description = "Voor een raadpleger of hoger, alleen van de eigen gemeente: zonder gemeente de eigen, een"
                    + " andere gemeente geeft 403. Een dienstaccount noemt de gemeente.")
    @APIResponse(responseCode = "200", description = "Een pagina samenwerkingstrajecten")
    public RestResponse<Page<TrajectResponse>> list(
            @Parameter(description = "Alleen trajecten van deze gemeente (CBS-code); standaard en ten hoogste de eigen "
                    + "gemeente", example = "GM0214",
                    schema = @Schema(type = SchemaType.STRING, pattern = GemeenteCode.PATTERN))
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, page).map(t -> TrajectResponse.of(t, json)), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén samenwerkingstraject met zijn stappen en terugkoppelingen",
            description = "Voor een raadpleger of hoger van de gemeente van het traject, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Toont de huidige stap en fase (16 stappen in 5 fasen, BINNO) en per"
                    + " fase het terugkoppelingsmoment: wanneer het college rapporteerde en wanneer de raad de kaders"
                    + " vaststelde. Een fase verlaten kan pas als beide vastliggen.")
    @APIResponse(responseCode = "200", description = "Het traject",
            content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(service.traject(id));
    }

    @POST
    @Path("/{id}/terugkoppelingen")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Leg het terugkoppelingsmoment van de huidige fase vast",
            description = "Het college rapporteert aan de raad, de raad stelt zijn kaders vast of bevestigt ze. "
                    + "Pas als beide vastliggen, mag het traject de fase verlaten.")
    @APIResponse(responseCode = "200", description = "Het traject met de vastgelegde terugkoppeling",
            content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    @APIResponse(responseCode = "412", description = "De If-Match-header noemt niet de huidige versie.")
    public Response terugkoppeling(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_OPTIONEEL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TerugkoppelingRequest request) {
        return ok(service.terugkoppeling(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/overgangen")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Zet het traject naar een andere stap",
            description = "Wie de overgang maakt, legt de service vast uit het token (naam en subject); de body heeft "
                    + "daar geen veld voor. "
                    + "Vooruit één stap tegelijk; een fase verlaten kan pas na een volledige terugkoppeling. "
                    + "Terug mag naar elke eerdere stap, naar een eerdere fase alleen met een reden; de terugkoppelingen "
                    + "van de fasen die opnieuw doorlopen worden vervallen. Een geweigerde overgang is 409 met als "
                    + "problem type de regel: terugkoppeling-ontbreekt, reden-vereist of ongeldige-stap.")
    @APIResponse(responseCode = "200", description = "Het traject op zijn nieuwe stap",
            content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    @APIResponse(responseCode = "409", description = "De overgang is volgens het BINNO-processchema niet toegestaan")
    @APIResponse(responseCode = "412", description = "De If-Match-header noemt niet de huidige versie.")
    public Response overgang(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_OPTIONEEL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OvergangRequest request) {
        return ok(service.overgang(id, ifMatch, request));
    }

    @GET
    @Path("/{id}/overgangen")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De volledige geschiedenis van het traject, oudste eerst",
            description = "Voor een raadpleger of hoger van de gemeente van het traject, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Elke overgang noemt van- en naar-stap, reden, tijdstip, wie hem maakte"
                    + " (uit het token; persoonsgegevens) en de terugkoppelingen die door een stap terug vervielen. De"
                    + " geschiedenis wordt alleen aangevuld; alleen wissen (AVG art. 17) vervangt de actors door een"
                    + " markering.")
    @APIResponse(responseCode = "200", description = "Een pagina overgangen")
    public RestResponse<Page<OvergangResponse>> overgangen(@PathParam("id") UUID id,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.overgangen(id, page).map(o -> OvergangResponse.of(o, json)), uriInfo);
    }

    @POST
    @Path("/{id}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens in de geschiedenis van dit traject (AVG art. 17)",
            description = "Wie een overgang maakte, wordt een markering; de overgangen, hun redenen en tijdstippen en "
                    + "de audittrail blijven. Een tweede verzoek verandert niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    public Response wissen(@PathParam("id") UUID id) {
        return ok(service.wis(id));
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde dit traject (en zijn overgangen en terugkoppelingen) wanneer, en wat",
            description = "Alleen voor een beheerder van de gemeente van het traject. " + Audittrail.BESCHRIJVING
                    + " Ook overgangen en terugkoppelingen staan erin.")
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Traject.RESOURCE, id, page, uriInfo);
    }

    private Response ok(Traject traject) {
        return Response.ok(TrajectResponse.of(traject, json)).tag(Preconditions.etag(traject.versie)).build();
    }
}
