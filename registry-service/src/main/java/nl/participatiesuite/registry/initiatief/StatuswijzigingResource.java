package nl.participatiesuite.registry.initiatief;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
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

@Path("/initiatieven/{id}/statuswijzigingen")
@Tag(name = "initiatieven")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatuswijzigingResource {

    @Inject
    StatuswijzigingService service;

    @POST
    @RolesAllowed(Rollen.MEDEWERKER)
    @Operation(summary = "Zet een initiatief een stap verder in zijn levenscyclus",
            description = "INGEDIEND → IN_BEHANDELING → LOPEND → AFGEROND; AFGEWEZEN (met reden) vanuit INGEDIEND "
                    + "of IN_BEHANDELING; INGETROKKEN vanuit elke niet-finale status. If-Match is optioneel. Wie de stap"
                    + " zet, komt uit het token. Het initiatief krijgt daarmee een nieuwe versie: dit antwoord noemt"
                    + " haar niet, dus lees het initiatief opnieuw (GET /initiatieven/{id}, ETag) voordat u het met"
                    + " If-Match wijzigt.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @Content(schema = @Schema(implementation = StatuswijzigingResponse.class)))
    @APIResponse(responseCode = "409", description = "Deze statusovergang is niet toegestaan")
    @APIResponse(responseCode = "412", description = "De If-Match-header noemt niet de huidige versie.")
    public Response wijzig(@PathParam("id") UUID id,
            @Parameter(description = "Optioneel: de ETag van het initiatief waarop deze stap gebaseerd is")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatuswijzigingRequest request, @Context UriInfo uriInfo) {
        InitiatiefStatuswijziging wijziging = service.wijzig(id, request, ifMatch);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(wijziging.id.toString()).build())
                .entity(StatuswijzigingResponse.of(wijziging)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "De statusgeschiedenis van een initiatief, in volgorde van tijd",
            description = "Openbaar, zoals het initiatief. De eerste regel is de indiening (zonder van-status); elke regel"
                    + " noemt van, naar, tijdstip en reden (verplicht bij AFGEWEZEN). Wie de stap zette (actor,"
                    + " persoonsgegevens) staat er alleen in voor een raadpleger of hoger van de gemeente van het"
                    + " initiatief. De geschiedenis wordt alleen aangevuld; alleen wissen (AVG art. 17) vervangt de"
                    + " actors door een markering.")
    @APIResponse(responseCode = "200", description = "Een pagina statuswijzigingen")
    public RestResponse<Page<StatuswijzigingResponse>> geschiedenis(@PathParam("id") UUID id,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.geschiedenis(id, page).map(StatuswijzigingResponse::of), uriInfo);
    }

    @GET
    @Path("/{wijzigingId}")
    @PermitAll
    @Operation(summary = "Eén statuswijziging",
            description = "Openbaar, zoals het initiatief; de actor alleen voor een raadpleger of hoger van de gemeente"
                    + " van het initiatief. Een wijzigingId die niet bij dit initiatief hoort, geeft 404.")
    @APIResponse(responseCode = "200", description = "De statuswijziging",
            content = @Content(schema = @Schema(implementation = StatuswijzigingResponse.class)))
    public Response een(@PathParam("id") UUID id,
            @Parameter(description = "Het id van een statuswijziging van dit initiatief")
            @PathParam("wijzigingId") UUID wijzigingId) {
        return Response.ok(StatuswijzigingResponse.of(service.een(id, wijzigingId))).build();
    }
}
