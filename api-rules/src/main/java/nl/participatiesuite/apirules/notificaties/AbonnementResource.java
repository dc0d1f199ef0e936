package nl.participatiesuite.apirules.notificaties;

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

/**
 * Subscriptions to this service's notifications (issue 12), the same in every service: api-rules serves them. Each
 * change of the service's data is delivered to every abonnement whose gemeente and kanaalfilters match, as a signed
 * CloudEvent, at least once, in order per object, retried for 24 hours and then parked here for a beheerder.
 */
@Path("/abonnementen")
@Tag(name = "abonnementen", description = "Abonnementen op notificaties: wie hoort van welke wijzigingen.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AbonnementResource {

    private static final String BESCHRIJVING = "Elke wijziging (create, update, destroy; een statuswijziging is een create van"
            + " haar resource in het kanaal van haar object) gaat als CloudEvent 1.0 (JSON, application/cloudevents+json)"
            + " met POST naar de callbackUrl, ondertekend met HMAC-SHA256 over de body in de header"
            + " Notificatie-Handtekening (sha256=<hex>). Ten minste één keer: ontdubbel op het id van het event. Per object"
            + " in volgorde (sequence). Zonder 2xx-antwoord volgt een nieuwe poging met exponentieel oplopende wachttijd,"
            + " 24 uur lang; daarna staat de aflevering GEPARKEERD tot een beheerder haar opnieuw aanbiedt. Een beheerder"
            + " abonneert zich op de eigen gemeente; alleen de eigen services van de suite (rol systeem) op alle.";

    @Inject
    AbonnementService service;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed({Rollen.BEHEERDER, Rollen.SYSTEEM})
    @Operation(summary = "Neem een abonnement op notificaties", description = BESCHRIJVING)
    @APIResponse(responseCode = "201", description = "Het abonnement; notificaties van wijzigingen vanaf nu gaan naar de callbackUrl",
            content = @Content(schema = @Schema(implementation = AbonnementResponse.class)))
    public Response create(@Valid @NotNull AbonnementRequest request, @Context UriInfo uriInfo) {
        Abonnement abonnement = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(abonnement.id.toString()).build())
                .tag(Preconditions.etag(abonnement.versie)).entity(AbonnementResponse.of(abonnement)).build();
    }

    @GET
    @RolesAllowed({Rollen.BEHEERDER, Rollen.SYSTEEM})
    @Operation(summary = "De abonnementen van de eigen gemeente", description = "Op callbackUrl en id.")
    @APIResponse(responseCode = "200", description = "Een pagina abonnementen")
    public RestResponse<Page<AbonnementResponse>> list(
            @Parameter(description = "Alleen abonnementen van deze gemeente (CBS-code); standaard en ten hoogste de eigen",
                    example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, page).map(AbonnementResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.SYSTEEM})
    @Operation(summary = "Eén abonnement", description = "Voor een beheerder alleen een abonnement van de eigen gemeente"
            + " (een ander is 403 andere-gemeente); de eigen services van de suite (rol systeem) lezen elk abonnement."
            + " Het geheim staat er nooit in: alleen de ondertekening van de afleveringen bewijst het.")
    @APIResponse(responseCode = "200", description = "Het abonnement",
            content = @Content(schema = @Schema(implementation = AbonnementResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        Abonnement abonnement = service.get(id);
        return Response.ok(AbonnementResponse.of(abonnement)).tag(Preconditions.etag(abonnement.versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.SYSTEEM})
    @Operation(summary = "Wijzig een abonnement (If-Match vereist)",
            description = "Vervangt callbackUrl, autorisatie, geheim en kanalen; de gemeente blijft. Wat al wacht, gaat naar"
                    + " de nieuwe callbackUrl, ondertekend met het nieuwe geheim.")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = AbonnementResponse.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AbonnementRequest request) {
        Abonnement abonnement = service.update(id, request, ifMatch);
        return Response.ok(AbonnementResponse.of(abonnement)).tag(Preconditions.etag(abonnement.versie)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.SYSTEEM})
    @Operation(summary = "Beëindig een abonnement (If-Match vereist)", description = "Wat nog wachtte, vervalt.")
    @APIResponse(responseCode = "204", description = "Beëindigd")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/afleveringen")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.SYSTEEM})
    @Operation(summary = "De afleveringen van een abonnement, oudste eerst",
            description = "Met status=GEPARKEERD: de dead-letterlijst, wat 24 uur lang niet afgeleverd kon worden."
                    + " Afgeleverde notificaties blijven de bewaartermijn (standaard 7 dagen) zichtbaar.")
    @APIResponse(responseCode = "200", description = "Een pagina afleveringen")
    public RestResponse<Page<AfleveringResponse>> afleveringen(@PathParam("id") UUID id,
            @Parameter(description = "Alleen afleveringen met deze status",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"WACHTEND", "AFGELEVERD", "GEPARKEERD"}))
            @QueryParam("status") @OneOf(value = Aflevering.Status.class, message = "status is WACHTEND, AFGELEVERD of GEPARKEERD.")
            String status,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        Aflevering.Status gevraagd = status == null ? null : Aflevering.Status.valueOf(status);
        return PageResponses.ok(service.afleveringen(id, gevraagd, page).map(AfleveringResponse::of), uriInfo);
    }

    @POST
    @Path("/{id}/_heraanbieden")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.SYSTEEM})
    @Operation(summary = "Bied alle geparkeerde afleveringen opnieuw aan",
            description = "Elke geparkeerde aflevering wacht weer, met een nieuwe herhaaltermijn; in volgorde per object.")
    @APIResponse(responseCode = "200", description = "Hoeveel afleveringen weer wachten",
            content = @Content(schema = @Schema(implementation = OpnieuwAangebodenResponse.class)))
    public OpnieuwAangebodenResponse opnieuwAanbieden(@PathParam("id") UUID id) {
        return new OpnieuwAangebodenResponse(service.opnieuwAanbieden(id));
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde dit abonnement wanneer, en wat (geheimen als pseudoniem)",
            description = "Alleen voor een beheerder van de gemeente van het abonnement. Elke aanmaak, wijziging en"
                    + " beëindiging staat erin met tijdstip, client, actie en de oude en nieuwe waarden van de gewijzigde"
                    + " velden; het geheim alleen als pseudoniem, zodat een wijziging ervan zichtbaar is zonder het te"
                    + " tonen.")
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Abonnement.RESOURCE, id, page, uriInfo);
    }

    @Schema(name = "OpnieuwAangeboden", description = "Het aantal afleveringen dat weer wacht.")
    public record OpnieuwAangebodenResponse(@Schema(required = true, example = "3") int aantal) {
    }
}
