package nl.participatiesuite.assessment.beoordeling;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Intensiteit;
import nl.participatiesuite.assessment.engine.Niveau;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/beoordelingen")
@Tag(name = "beoordelingen", description = "De samenwerkingswijzer: per plan de uitkomst van stap 1 tot en met 4, "
        + "de rol van de gemeente, overheidsparticipatie, startnotitie, aanspreekpunt en valkuilen, met onderbouwing.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BeoordelingResource {

    /** How a request for an initiatief is completed (InitiatiefOvername); the same words on every operation. */
    private static final String VAN_INITIATIEF = "Met een initiatiefId neemt de service over wat het verzoek weglaat van"
            + " doel, activiteit, initiatiefnemer en schaal: van het initiatief in de registry-service (één vraag per"
            + " verzoek, met het token van de aanroeper), initiatiefnemer GEMEENTE bij initiatiefnemer.type GEMEENTE en"
            + " SAMENLEVING bij INWONER, ONDERNEMER en ORGANISATIE; een gegeven waarde gaat voor, en de beoordeling"
            + " bewaart en toont de overgenomen waarden. Een onbekend initiatief is een 400 op initiatiefId (de"
            + " weggelaten velden worden dan niet ook gemeld). Kan de registry niet gevraagd worden terwijl er iets"
            + " over te nemen is, dan 503 register-onbereikbaar met Retry-After en wordt niets opgeslagen.";

    private static final String ONBEREIKBAAR = "De registry-service is onbereikbaar en het verzoek laat weg wat van het"
            + " initiatief moet komen (register-onbereikbaar); er is niets opgeslagen";

    @Inject
    BeoordelingService service;

    @Inject
    JsonKolommen json;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Beoordeel een plan en sla antwoorden en uitkomst op",
            description = "Gebruikt de nieuwste regelset van de gemeente. " + VAN_INITIATIEF + " Met een initiatief of"
                    + " kern haalt de service de kernambtenaren uit de registry-service; is die onbereikbaar terwijl"
                    + " het verzoek alles zelf geeft, dan wordt de beoordeling toch opgeslagen en staat"
                    + " aanspreekpunt.beschikbaar op false. Alle ongeldige velden komen in één 400.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BeoordelingRequest.class)))
    @APIResponse(responseCode = "201", description = "Beoordeeld en opgeslagen",
            content = @Content(schema = @Schema(implementation = BeoordelingResponse.class)))
    @APIResponse(responseCode = "503", description = ONBEREIKBAAR)
    public Response create(BeoordelingRequest request, @Context UriInfo uriInfo) {
        Beoordeling beoordeling = service.maak(orLeeg(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(beoordeling.id.toString()).build())
                .tag(Preconditions.etag(beoordeling.versie)).entity(BeoordelingResponse.of(beoordeling, json)).build();
    }

    @POST
    @Path("/_bereken")
    @PermitAll
    @Operation(summary = "Bereken de uitkomst zonder op te slaan", description = "Voor live formulieren, ook zonder "
            + "token: dezelfde berekening en dezelfde 400 als bij opslaan, maar er wordt niets bewaard. "
            + VAN_INITIATIEF + " Alleen een "
            + "raadpleger, medewerker of beheerder van de gemeente krijgt de kernambtenaren met naam en "
            + "contactgegevens; anderen krijgen als aanspreekpunt de kern en de weg via de gemeente "
            + "(aanspreekpunt.status VIA_GEMEENTE).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BeoordelingRequest.class)))
    @APIResponse(responseCode = "200", description = "De uitkomst",
            content = @Content(schema = @Schema(implementation = BerekeningResponse.class)))
    @APIResponse(responseCode = "503", description = ONBEREIKBAAR)
    public BerekeningResponse bereken(BeoordelingRequest request) {
        return BerekeningResponse.of(service.bereken(orLeeg(request)));
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Beoordelingen, nieuwste eerst",
            description = "Alleen van de eigen gemeente. De evaluation-service leest het geplande niveau met "
                    + "?initiatief={id}&pageSize=1.")
    @APIResponse(responseCode = "200", description = "Een pagina beoordelingen")
    public RestResponse<Page<BeoordelingSamenvatting>> list(
            @Parameter(description = "Alleen beoordelingen van deze gemeente (CBS-code); standaard en ten hoogste de "
                    + "eigen gemeente", example = "GM0214",
                    schema = @Schema(type = SchemaType.STRING, pattern = GemeenteCode.PATTERN))
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Parameter(description = "Alleen beoordelingen van dit initiatief", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("initiatief") @Pattern(regexp = Ids.UUID_PATTERN, message = "initiatief is een UUID.") String initiatief,
            @Parameter(description = "Alleen beoordelingen over deze kern", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("kern") @Pattern(regexp = Ids.UUID_PATTERN, message = "kern is een UUID.") String kern,
            @Parameter(description = "Alleen beoordelingen met dit niveau", schema = @Schema(type = SchemaType.STRING,
                            enumeration = {"MEEWETEN", "MEEDENKEN", "MEEDOEN", "MEEBESLISSEN"}))
            @QueryParam("niveau") @OneOf(Niveau.class) String niveau,
            @Parameter(description = "Alleen beoordelingen met deze intensiteit",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"GEEN", "LICHT", "MIDDEL", "ZWAAR"}))
            @QueryParam("intensiteit") @OneOf(Intensiteit.class) String intensiteit,
            @Valid @BeanParam CursorPageRequest page, @Context UriInfo uriInfo) {
        BeoordelingFilter filter = new BeoordelingFilter(gemeente, Ids.parse(initiatief), Ids.parse(kern),
                niveau == null ? null : Niveau.valueOf(niveau), intensiteit == null ? null : Intensiteit.valueOf(intensiteit));
        return PageResponses.ok(service.list(filter, page).map(b -> BeoordelingSamenvatting.of(b, json)), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén beoordeling met antwoorden en uitkomst",
            description = "Voor een raadpleger of hoger van de gemeente van de beoordeling, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. De uitkomst is die van het laatste opslaan (aanmaken of PUT), met"
                    + " de regelset die toen gold (regelsetVersie): lezen rekent niet opnieuw, ook niet na een nieuwe"
                    + " regelset (zie herberekening). initiatiefId en kernId verwijzen naar de registry-service; de"
                    + " kernambtenaren in het aanspreekpunt zijn persoonsgegevens.")
    @APIResponse(responseCode = "200", description = "De beoordeling",
            content = @Content(schema = @Schema(implementation = BeoordelingResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return service.weergave(id, BeoordelingResponse.class, beoordeling -> BeoordelingResponse.of(beoordeling, json))
                .ok();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Vervang de antwoorden en bereken opnieuw (If-Match vereist)",
            description = "Berekent met de regelset die nu voor de gemeente geldt; de gemeente zelf verandert niet. "
                    + VAN_INITIATIEF)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BeoordelingRequest.class)))
    @APIResponse(responseCode = "200", description = "Opnieuw beoordeeld",
            content = @Content(schema = @Schema(implementation = BeoordelingResponse.class)))
    @APIResponse(responseCode = "503", description = ONBEREIKBAAR)
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, BeoordelingRequest request) {
        return ok(service.vervang(id, ifMatch, orLeeg(request)));
    }

    @GET
    @Path("/{id}/herberekening")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Wat zou er veranderen bij opnieuw berekenen?", description = "Berekent de opgeslagen "
            + "antwoorden opnieuw met de huidige regelset van de gemeente en toont de verschillen met de opgeslagen "
            + "uitkomst; slaat niets op. Opslaan gaat met PUT.")
    @APIResponse(responseCode = "200", description = "De herberekening",
            content = @Content(schema = @Schema(implementation = HerberekeningResponse.class)))
    public HerberekeningResponse herberekening(@PathParam("id") UUID id) {
        return HerberekeningResponse.of(service.herbereken(id));
    }

    @POST
    @Path("/{id}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens in deze beoordeling (AVG art. 17)",
            description = "De kernambtenaren in de uitkomst krijgen een markering in plaats van naam en e-mail, hun "
                    + "telefoon vervalt; de beoordeling, haar niveaus en de audittrail blijven. Een tweede verzoek "
                    + "verandert niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = BeoordelingResponse.class)))
    public Response wissen(@PathParam("id") UUID id) {
        return ok(service.wis(id));
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde deze beoordeling (en haar checklist) wanneer, en wat",
            description = "De uitkomst, met de kernambtenaren, staat er alleen als pseudoniem in.")
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Beoordeling.RESOURCE, id, page, uriInfo);
    }

    private Response ok(Beoordeling beoordeling) {
        return Response.ok(BeoordelingResponse.of(beoordeling, json)).tag(Preconditions.etag(beoordeling.versie)).build();
    }

    private static BeoordelingRequest orLeeg(BeoordelingRequest request) {
        return request == null ? BeoordelingRequest.leeg() : request;
    }
}
