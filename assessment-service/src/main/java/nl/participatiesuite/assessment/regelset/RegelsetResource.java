package nl.participatiesuite.assessment.regelset;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import nl.participatiesuite.apirules.audit.Auditregel;
import nl.participatiesuite.apirules.audit.Audittrail;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Rule sets per gemeente (maatwerk). Published versions are immutable: there is no PUT or DELETE. */
@Path("/regelsets")
@Tag(name = "regelsets", description = "De regels van de samenwerkingswijzer per gemeente (maatwerk): "
        + "drempels, maxima, ladder en werkvormenmatrix. Een gepubliceerde versie verandert nooit meer.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegelsetResource {

    @Inject
    RegelsetService service;

    @Inject
    JsonKolommen json;

    @Inject
    Audittrail audittrail;

    @GET
    @Path("/standaard")
    @PermitAll
    @Operation(summary = "De standaardregelset", description = "Geldt voor elke gemeente die (nog) geen eigen "
            + "versie publiceerde; het vertrekpunt voor een eigen versie.")
    @APIResponse(responseCode = "200", description = "De standaardregelset",
            content = @Content(schema = @Schema(implementation = RegelsetResponse.class)))
    public RegelsetResponse standaard() {
        return RegelsetResponse.standaard();
    }

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Publiceer de volgende versie van de regels van een gemeente",
            description = "Nieuwe beoordelingen van de gemeente gebruiken vanaf nu deze versie. Een ongeldige "
                    + "regelset geeft 400 met alle overtredingen (regels.<veld>).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegelsetRequest.class)))
    @APIResponse(responseCode = "201", description = "Gepubliceerd",
            content = @Content(schema = @Schema(implementation = RegelsetResponse.class)))
    public Response publiceer(RegelsetRequest request, @Context UriInfo uriInfo) {
        GepubliceerdeRegelset regelset = service.publiceer(request == null ? new RegelsetRequest(null, null, null) : request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(regelset.id.toString()).build())
                .entity(RegelsetResponse.of(regelset, json)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Gepubliceerde regelsets van de eigen gemeente, de nieuwste eerst",
            description = "Voor een raadpleger of hoger, alleen van de eigen gemeente: zonder gemeente de eigen, een"
                    + " andere gemeente geeft 403. Een dienstaccount noemt de gemeente. Een gepubliceerde versie"
                    + " wijzigt en verdwijnt nooit: een correctie is een nieuwe versie (versienummer per gemeente"
                    + " oplopend vanaf 1), en de nieuwste geldt voor nieuwe berekeningen.")
    @APIResponse(responseCode = "200", description = "Een pagina regelsets")
    public RestResponse<Page<RegelsetResponse>> list(
            @Parameter(description = "Alleen regelsets van deze gemeente (CBS-code); standaard en ten hoogste de eigen "
                    + "gemeente", example = "GM0214",
                    schema = @Schema(type = SchemaType.STRING, pattern = GemeenteCode.PATTERN))
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, page).map(r -> RegelsetResponse.of(r, json)), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén gepubliceerde regelset",
            description = "Voor een raadpleger of hoger van de gemeente van de regelset, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Een versie verandert niet meer na publicatie; elke beoordeling"
                    + " noemt de versie waarmee zij is berekend.")
    @APIResponse(responseCode = "200", description = "De regelset",
            content = @Content(schema = @Schema(implementation = RegelsetResponse.class)))
    public RegelsetResponse get(@PathParam("id") UUID id) {
        return RegelsetResponse.of(service.regelset(id), json);
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie publiceerde deze regelset wanneer",
            description = "Alleen voor een beheerder van de gemeente van de regelset. " + Audittrail.BESCHRIJVING
                    + " Een regelset heeft alleen een publicatie: er is geen wijziging of verwijdering.")
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(GepubliceerdeRegelset.RESOURCE, id, page, uriInfo);
    }
}
