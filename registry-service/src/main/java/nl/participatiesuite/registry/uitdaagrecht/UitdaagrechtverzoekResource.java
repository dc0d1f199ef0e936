package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.PageResponses;
import nl.participatiesuite.apirules.security.Rollen;
import nl.participatiesuite.registry.peer.BeoordelingVerwijzing;
import nl.participatiesuite.registry.regels.UitdaagrechtStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The uitdaagrecht (domain.md §5). Not public (§4 lists verzoeken nowhere among the public data): a raadpleger of the
 * gemeente reads, a medewerker records and moves them, a beheerder erases and reads the audit trail.
 */
@Path("/uitdaagrechtverzoeken")
@Tag(name = "uitdaagrechtverzoeken", description = "Uitdaagrecht (right to challenge): verzoeken van inwoners en "
        + "maatschappelijke partijen om een taak van de gemeente over te nemen, van ontvangst tot overeenkomst, met "
        + "beslistermijn, herstelverzoeken en statusgeschiedenis.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UitdaagrechtverzoekResource {

    private static final String STATUSSEN_BESCHRIJVING = "INGEDIEND → IN_BEHANDELING → TOEGEKEND | AFGEWEZEN (met een "
            + "besluit); TOEGEKEND → OVEREENKOMST_GESLOTEN (met een overeenkomst) → IN_UITVOERING → AFGEROND; INGETROKKEN "
            + "vanuit elke niet-finale status; BUITEN_BEHANDELING voor het besluit, als de hersteltermijn ongebruikt "
            + "verstreek (Awb 4:5). Een andere stap geeft 409 met de toegestane volgende statussen.";

    @Inject
    UitdaagrechtverzoekService service;

    @Inject
    UitdaagrechtOverzichtService overzichten;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Leg een ontvangen uitdaagrechtverzoek vast (status INGEDIEND)",
            description = "Ook een onvolledig verzoek wordt vastgelegd; ontvankelijkheid noemt wat ontbreekt. Het verzoek "
                    + "houdt de regelset die op de ontvangstdatum gold (beslistermijn, hersteltermijn).")
    @APIResponse(responseCode = "503", description = BeoordelingVerwijzing.ONBEREIKBAAR)
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @Content(schema = @Schema(implementation = UitdaagrechtverzoekResponse.class)))
    public Response create(@Valid @NotNull UitdaagrechtverzoekRequest request, @Context UriInfo uriInfo) {
        Verzoekstand stand = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(stand.verzoek().id.toString()).build())
                .tag(Preconditions.etag(stand.verzoek().versie)).entity(UitdaagrechtverzoekResponse.of(stand)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Lijst van uitdaagrechtverzoeken van de eigen gemeente, laatst ontvangen eerst",
            description = "Uitdaagrechtverzoeken zijn niet openbaar: voor een raadpleger of hoger, alleen van de eigen"
                    + " gemeente (zonder gemeente de eigen, een andere gemeente geeft 403; een dienstaccount noemt de"
                    + " gemeente). Elk verzoek toont ontvankelijkheid en uiterste beslisdatum zoals die vandaag zijn."
                    + " Het filter termijn kijkt alleen naar onbesloten verzoeken (INGEDIEND, IN_BEHANDELING) en"
                    + " rekent de beslistermijn met opschorting op dezelfde manier als het verzoek zelf toont.")
    @APIResponse(responseCode = "200", description = "Een pagina uitdaagrechtverzoeken")
    public RestResponse<Page<UitdaagrechtverzoekResponse>> list(
            @Parameter(description = "Alleen verzoeken van deze gemeente (CBS-code); standaard en ten hoogste de eigen "
                    + "gemeente", example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = "gemeente is een CBS-gemeentecode.")
            String gemeente,
            @Parameter(description = "Alleen verzoeken in deze kern (id)", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("kern") @Pattern(regexp = Ids.UUID_PATTERN, message = "kern is een UUID.")
            String kern,
            @Parameter(description = "Alleen verzoeken met deze status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"INGEDIEND", "IN_BEHANDELING", "TOEGEKEND", "AFGEWEZEN", "OVEREENKOMST_GESLOTEN",
                            "IN_UITVOERING", "AFGEROND", "INGETROKKEN", "BUITEN_BEHANDELING"}))
            @QueryParam("status") @OneOf(UitdaagrechtStatus.class)
            String status,
            @Parameter(description = "Alleen onbesloten verzoeken waarvan de uiterste beslisdatum voorbij is (VERSTREKEN) of"
                    + " binnen 14 dagen valt (BINNEN_14_DAGEN)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"VERSTREKEN", "BINNEN_14_DAGEN"}))
            @QueryParam("termijn") @OneOf(Termijnfilter.class)
            String termijn,
            @Parameter(description = "Zoek in de omschrijving van de taak") @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, Ids.parse(kern), status, termijn, q, page)
                .map(UitdaagrechtverzoekResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén uitdaagrechtverzoek, met ontvankelijkheid en beslistermijn van vandaag",
            description = "Voor een raadpleger of hoger van de gemeente van het verzoek, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Ontvankelijkheid noemt de ontbrekende onderdelen (TAAK, MOTIVERING"
                    + " met minstens één grond, DRAAGVLAK, UITVOERINGSPLAN). De uiterste beslisdatum is de"
                    + " ontvangstdatum plus de beslistermijn van de regelset van de ontvangstdatum (standaard 8"
                    + " weken), plus de dagen dat de termijn door herstelverzoeken was opgeschort; een lopende"
                    + " opschorting telt tot vandaag. termijnOverschreden blijft staan zodra er na die datum is"
                    + " besloten.")
    @APIResponse(responseCode = "200", description = "Het verzoek",
            content = @Content(schema = @Schema(implementation = UitdaagrechtverzoekResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        Verzoekstand stand = service.get(id);
        return Response.ok(UitdaagrechtverzoekResponse.of(stand)).tag(Preconditions.etag(stand.verzoek().versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Wijzig of vul een onbesloten verzoek aan (If-Match vereist)",
            description = "Alleen voor het besluit. Maakt de wijziging het verzoek volledig, dan geldt een lopend "
                    + "herstelverzoek als vandaag beantwoord: de opschorting van de beslistermijn stopt.")
    @APIResponse(responseCode = "503", description = BeoordelingVerwijzing.ONBEREIKBAAR)
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = UitdaagrechtverzoekResponse.class)))
    @APIResponse(responseCode = "409", description = "Het verzoek is al besloten")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UitdaagrechtverzoekWijziging wijziging) {
        Verzoekstand stand = service.update(id, wijziging, ifMatch);
        return Response.ok(UitdaagrechtverzoekResponse.of(stand)).tag(Preconditions.etag(stand.verzoek().versie)).build();
    }

    @POST
    @Path("/{id}/statuswijzigingen")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Zet een verzoek een stap verder", description = STATUSSEN_BESCHRIJVING
            + " If-Match is optioneel. Wie de stap zet, komt uit het token. Het verzoek krijgt daarmee een nieuwe"
            + " versie: dit antwoord noemt haar niet, dus lees het verzoek opnieuw (GET, ETag) voordat u het met"
            + " If-Match wijzigt.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @Content(schema = @Schema(implementation = UitdaagrechtStatuswijzigingResponse.class)))
    @APIResponse(responseCode = "409", description = "Deze statusovergang is niet toegestaan")
    @APIResponse(responseCode = "412", description = "De If-Match-header noemt niet de huidige versie.")
    public Response wijzig(@PathParam("id") UUID id,
            @Parameter(description = "Optioneel: de ETag van het verzoek waarop deze stap gebaseerd is")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UitdaagrechtStatuswijzigingRequest request, @Context UriInfo uriInfo) {
        UitdaagrechtStatuswijziging wijziging = service.wijzig(id, request, ifMatch);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(wijziging.id.toString()).build())
                .entity(UitdaagrechtStatuswijzigingResponse.of(wijziging)).build();
    }

    @GET
    @Path("/{id}/statuswijzigingen")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De statusgeschiedenis van een verzoek, in volgorde van tijd",
            description = "Voor een raadpleger of hoger van de gemeente van het verzoek, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. De eerste regel is de ontvangst (zonder van-status); elke stap"
                    + " noemt van, naar, tijdstip, reden en de medewerker uit het token. De geschiedenis wordt alleen"
                    + " aangevuld, nooit gewijzigd.")
    @APIResponse(responseCode = "200", description = "Een pagina statuswijzigingen")
    public RestResponse<Page<UitdaagrechtStatuswijzigingResponse>> geschiedenis(@PathParam("id") UUID id,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.geschiedenis(id, page).map(UitdaagrechtStatuswijzigingResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}/statuswijzigingen/{wijzigingId}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén statuswijziging van een verzoek",
            description = "Voor een raadpleger of hoger van de gemeente van het verzoek, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Een wijzigingId die niet bij dit verzoek hoort, geeft 404.")
    @APIResponse(responseCode = "200", description = "De statuswijziging",
            content = @Content(schema = @Schema(implementation = UitdaagrechtStatuswijzigingResponse.class)))
    public UitdaagrechtStatuswijzigingResponse statuswijziging(@PathParam("id") UUID id,
            @Parameter(description = "Het id van een statuswijziging van dit verzoek")
            @PathParam("wijzigingId") UUID wijzigingId) {
        return UitdaagrechtStatuswijzigingResponse.of(service.statuswijziging(id, wijzigingId));
    }

    @POST
    @Path("/{id}/herstelverzoeken")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Vraag de ontbrekende onderdelen op (Awb 4:5)",
            description = "Noemt wat de ontvankelijkheid mist en schort de beslistermijn op tot de aanvulling of het eind "
                    + "van de hersteltermijn (Awb 4:15). Eén tegelijk; alleen voor het besluit.")
    @APIResponse(responseCode = "201", description = "Verstuurd",
            content = @Content(schema = @Schema(implementation = HerstelverzoekResponse.class)))
    @APIResponse(responseCode = "409", description = "Het verzoek is volledig of besloten, of er loopt al een herstelverzoek")
    public Response herstelverzoek(@PathParam("id") UUID id, @Valid @NotNull HerstelverzoekRequest request,
            @Context UriInfo uriInfo) {
        Herstelverzoek herstel = service.herstelverzoek(id, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(herstel.id.toString()).build())
                .entity(HerstelverzoekResponse.of(herstel)).build();
    }

    @GET
    @Path("/{id}/herstelverzoeken")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De herstelverzoeken van een verzoek, oudste eerst",
            description = "Voor een raadpleger of hoger van de gemeente van het verzoek, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Elk herstelverzoek noemt de ontbrekende onderdelen, de"
                    + " verzenddatum, de hersteltermijn en de dag van aanvulling; van verzending tot aanvulling of het"
                    + " eind van de hersteltermijn is de beslistermijn opgeschort (Awb 4:15).")
    @APIResponse(responseCode = "200", description = "Een pagina herstelverzoeken")
    public RestResponse<Page<HerstelverzoekResponse>> herstelverzoeken(@PathParam("id") UUID id,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.herstelverzoeken(id, page).map(HerstelverzoekResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}/herstelverzoeken/{herstelId}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén herstelverzoek van een verzoek",
            description = "Voor een raadpleger of hoger van de gemeente van het verzoek, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Een herstelId die niet bij dit verzoek hoort, geeft 404.")
    @APIResponse(responseCode = "200", description = "Het herstelverzoek",
            content = @Content(schema = @Schema(implementation = HerstelverzoekResponse.class)))
    public HerstelverzoekResponse herstelverzoekEen(@PathParam("id") UUID id,
            @Parameter(description = "Het id van een herstelverzoek van dit uitdaagrechtverzoek")
            @PathParam("herstelId") UUID herstelId) {
        return HerstelverzoekResponse.of(service.herstelverzoek(id, herstelId));
    }

    @POST
    @Path("/{id}/besluit")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Besluit op een verzoek in behandeling: TOEGEKEND of AFGEWEZEN",
            description = "Met motivering; een afwijzing noemt minstens één weigeringsgrond. Alleen op een volledig "
                    + "verzoek. Een besluit na de uiterste beslisdatum markeert het verzoek blijvend als termijnOverschreden."
                    + " If-Match is optioneel.")
    @APIResponse(responseCode = "200", description = "Besloten",
            content = @Content(schema = @Schema(implementation = UitdaagrechtverzoekResponse.class)))
    @APIResponse(responseCode = "409", description = "Het verzoek is niet in behandeling, of onvolledig")
    @APIResponse(responseCode = "412", description = "De If-Match-header noemt niet de huidige versie.")
    public Response besluit(@PathParam("id") UUID id,
            @Parameter(description = "Optioneel: de ETag van het verzoek waarop het besluit gebaseerd is")
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull BesluitRequest request) {
        Verzoekstand stand = service.besluit(id, request, ifMatch);
        return Response.ok(UitdaagrechtverzoekResponse.of(stand)).tag(Preconditions.etag(stand.verzoek().versie)).build();
    }

    @POST
    @Path("/{id}/overeenkomst")
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Leg de overeenkomst op een toegekend verzoek vast (status OVEREENKOMST_GESLOTEN)",
            description = "Een overgedragen budget boven de huidige jaarkosten van de taak (of bij onbekende kosten) "
                    + "vraagt motiveringHogerBudget. Na de evaluatiedatum staat het verzoek bij te-evalueren. If-Match is "
                    + "optioneel.")
    @APIResponse(responseCode = "200", description = "Vastgelegd",
            content = @Content(schema = @Schema(implementation = UitdaagrechtverzoekResponse.class)))
    @APIResponse(responseCode = "409", description = "Het verzoek is niet TOEGEKEND")
    @APIResponse(responseCode = "412", description = "De If-Match-header noemt niet de huidige versie.")
    public Response overeenkomst(@PathParam("id") UUID id,
            @Parameter(description = "Optioneel: de ETag van het verzoek waarop de overeenkomst gebaseerd is")
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull OvereenkomstRequest request) {
        Verzoekstand stand = service.overeenkomst(id, request, ifMatch);
        return Response.ok(UitdaagrechtverzoekResponse.of(stand)).tag(Preconditions.etag(stand.verzoek().versie)).build();
    }

    @GET
    @Path("/te-evalueren/{gemeente}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Verzoeken met een overeenkomst waarvan de evaluatiedatum voorbij is, zonder evaluatie",
            description = "De evaluation-service wordt per verzoek gevraagd of er een evaluatie van zijn initiatief is. "
                    + "Antwoordt zij niet, dan staan alle verzoeken met een verstreken evaluatiedatum erin en is "
                    + "evaluatiesBekend false.")
    @APIResponse(responseCode = "200", description = "De te evalueren verzoeken",
            content = @Content(schema = @Schema(implementation = TeEvaluerenResponse.class)))
    public TeEvaluerenResponse teEvalueren(
            @Parameter(description = "De gemeente (CBS-code)", example = "GM0214")
            @PathParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente) {
        return overzichten.teEvalueren(gemeente);
    }

    @GET
    @Path("/jaaroverzichten/{gemeente}/{jaar}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Het uitdaagrecht van een gemeente in een kalenderjaar, voor de raad",
            description = "Voor een raadpleger of hoger van deze gemeente, en voor een dienstaccount; een andere gemeente"
                    + " geeft 403, een onbekende 404. Telt de in het jaar ontvangen verzoeken; de in het jaar besloten"
                    + " verzoeken (op besluitdatum), binnen en na de beslistermijn, toegekend en afgewezen met het"
                    + " aantal per weigeringsgrond; de verzoeken die in het jaar buiten behandeling gingen; en het"
                    + " overgedragen budget van overeenkomsten die in het jaar begonnen.")
    @APIResponse(responseCode = "200", description = "Het jaaroverzicht",
            content = @Content(schema = @Schema(implementation = UitdaagrechtJaaroverzichtResponse.class)))
    public UitdaagrechtJaaroverzichtResponse jaaroverzicht(
            @Parameter(description = "De gemeente (CBS-code)", example = "GM0214")
            @PathParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Parameter(description = "Het kalenderjaar", example = "2025")
            @PathParam("jaar") @Min(value = 2000, message = "jaar is minimaal 2000.")
            @Max(value = 2200, message = "jaar is hoogstens 2200.") int jaar) {
        return overzichten.jaaroverzicht(gemeente, jaar);
    }

    @POST
    @Path("/{id}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens van de indiener (AVG art. 17)",
            description = "Naam van de indiener en van de contactpersoon worden een markering, e-mail en telefoon worden "
                    + "leeggemaakt; het verzoek, zijn geschiedenis en de audittrail blijven. Een tweede verzoek verandert "
                    + "niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = UitdaagrechtverzoekResponse.class)))
    public Response wissen(@PathParam("id") UUID id) {
        Verzoekstand stand = service.wissen(id);
        return Response.ok(UitdaagrechtverzoekResponse.of(stand)).tag(Preconditions.etag(stand.verzoek().versie)).build();
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde dit verzoek, zijn status en herstelverzoeken wanneer, en wat",
            description = "Alleen voor een beheerder van de gemeente van het verzoek. " + Audittrail.BESCHRIJVING
                    + " Ook statuswijzigingen en herstelverzoeken staan erin.")
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Uitdaagrechtverzoek.RESOURCE, id, page, uriInfo);
    }
}
