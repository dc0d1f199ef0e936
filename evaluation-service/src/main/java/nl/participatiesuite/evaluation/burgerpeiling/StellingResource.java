package nl.participatiesuite.evaluation.burgerpeiling;

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

@Path("/stellingen")
@Tag(name = "burgerpeiling", description = "Stellingen en rapportcijfer van de burgerpeiling, met metingen, doelen en voortgang.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StellingResource {

    @Inject
    StellingService service;

    @Inject
    VoortgangService voortgang;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Leg een stelling (of het rapportcijfer) van de burgerpeiling vast",
            description = "Alleen een beheerder, in de eigen gemeente (anders 403). Het nummer (1..999) is uniek per"
                    + " gemeente: een tweede stelling met hetzelfde nummer geeft 409 stelling-bestaat. De eenheid"
                    + " (PERCENTAGE 0..100 of RAPPORTCIJFER 1..10) bepaalt het bereik van alle metingen en doelen van"
                    + " de stelling en ligt daarna vast.")
    @APIResponse(responseCode = "201", description = "Vastgelegd",
            content = @Content(schema = @Schema(implementation = StellingResponse.class)))
    @APIResponse(responseCode = "409", description = "De gemeente heeft al een stelling met dit nummer")
    public Response create(@Valid @NotNull StellingRequest request, @Context UriInfo uriInfo) {
        Stelling stelling = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(stelling.id.toString()).build())
                .tag(Preconditions.etag(stelling.versie)).entity(StellingResponse.of(stelling)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Lijst van stellingen, op gemeente en nummer",
            description = "Openbaar, ook zonder token en over gemeenten heen: de burgerpeiling is openbaar.")
    @APIResponse(responseCode = "200", description = "Een pagina stellingen")
    public RestResponse<Page<StellingResponse>> list(
            @Parameter(description = "Alleen stellingen van deze gemeente (CBS-code)", example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, page).map(StellingResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Eén stelling",
            description = "Openbaar, ook zonder token: de burgerpeiling is openbaar.")
    @APIResponse(responseCode = "200", description = "De stelling",
            content = @Content(schema = @Schema(implementation = StellingResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        Stelling stelling = service.get(id);
        return Response.ok(StellingResponse.of(stelling)).tag(Preconditions.etag(stelling.versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wijzig nummer of tekst van een stelling (If-Match vereist); gemeente en eenheid liggen vast",
            description = "Alleen een beheerder van de gemeente van de stelling. Een andere gemeente of eenheid in de body"
                    + " geeft 400 immutable (de metingen en doelen zijn in die eenheid uitgedrukt); het nummer blijft"
                    + " uniek per gemeente (409 stelling-bestaat).")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = StellingResponse.class)))
    @APIResponse(responseCode = "409", description = "De gemeente heeft al een stelling met dit nummer")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StellingRequest request) {
        Stelling stelling = service.update(id, request, ifMatch);
        return Response.ok(StellingResponse.of(stelling)).tag(Preconditions.etag(stelling.versie)).build();
    }

    @GET
    @Path("/{id}/voortgang")
    @PermitAll
    @Operation(summary = "Laatste meting, verschil met de benchmark en voortgang per doel van één stelling",
            description = "Openbaar, ook zonder token. De nieuwste meting, het verschil met haar benchmark (laatste −"
                    + " benchmark) en per doel de voortgang = (laatste − basis) / (doel − basis) × 100 met als basis"
                    + " de vroegste meting; zonder meting of als het doel gelijk is aan de basis ontbreekt de"
                    + " voortgang. Status: BEHAALD, OP_KOERS (op of boven de rechte lijn van basis naar doel), ACHTER"
                    + " of GEEN_METING.")
    @APIResponse(responseCode = "200", description = "De voortgang",
            content = @Content(schema = @Schema(implementation = StellingVoortgang.class)))
    public StellingVoortgang voortgang(@PathParam("id") UUID id) {
        return voortgang.voortgang(id);
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde deze stelling, haar metingen en doelen wanneer, en wat",
            description = "Alleen voor een beheerder van de gemeente van de stelling. " + Audittrail.BESCHRIJVING
                    + " Ook de metingen en doelen van de stelling staan erin.")
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Stelling.RESOURCE, id, page, uriInfo);
    }
}
