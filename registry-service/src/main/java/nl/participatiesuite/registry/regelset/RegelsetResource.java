package nl.participatiesuite.registry.regelset;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditregel;
import nl.participatiesuite.apirules.audit.Audittrail;
import nl.participatiesuite.apirules.input.GemeenteCode;
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

/** The registry rules per gemeente (its participatieverordening). Published versions are immutable: no PUT or DELETE. */
@Path("/regelsets")
@Tag(name = "regelsets", description = "De regels van het register per gemeente (participatieverordening, maatwerk): "
        + "onkostenvergoeding, jaarplafond, kerndekking en de termijnen van het uitdaagrecht. Een gepubliceerde versie "
        + "verandert nooit meer.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegelsetResource {

    @Inject
    RegelsetService service;

    @Inject
    Audittrail audittrail;

    @GET
    @Path("/standaard")
    @PermitAll
    @Operation(summary = "De standaardregelset", description = "Geldt voor elke gemeente zolang zij geen eigen versie "
            + "in werking heeft; het vertrekpunt voor een eigen versie.")
    @APIResponse(responseCode = "200", description = "De standaardregelset",
            content = @Content(schema = @Schema(implementation = RegelsetResponse.class)))
    public RegelsetResponse standaard() {
        return RegelsetResponse.standaard();
    }

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Publiceer de volgende versie van de registerregels van een gemeente",
            description = "Geldt vanaf de ingangsdatum (standaard vandaag) voor nieuwe berekeningen en nieuw ontvangen "
                    + "uitdaagrechtverzoeken; bedragen van een kalenderjaar volgen de versie die op 1 januari gold.")
    @APIResponse(responseCode = "201", description = "Gepubliceerd",
            content = @Content(schema = @Schema(implementation = RegelsetResponse.class)))
    public Response publiceer(@Valid @NotNull RegelsetRequest request, @Context UriInfo uriInfo) {
        Regelset regelset = service.publiceer(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(regelset.id.toString()).build())
                .entity(RegelsetResponse.of(regelset)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Gepubliceerde regelsets van de eigen gemeente, de nieuwste eerst",
            description = "Voor een raadpleger of hoger, alleen van de eigen gemeente: zonder gemeente de eigen, een"
                    + " andere gemeente geeft 403. Een dienstaccount noemt de gemeente. Een gepubliceerde versie"
                    + " wijzigt en verdwijnt nooit: een correctie is een nieuwe versie (versienummer per gemeente"
                    + " oplopend vanaf 1). Welke versie op een dag geldt, geeft /regelsets/geldend/{gemeente}.")
    @APIResponse(responseCode = "200", description = "Een pagina regelsets")
    public RestResponse<Page<RegelsetResponse>> list(
            @Parameter(description = "Alleen regelsets van deze gemeente (CBS-code); standaard en ten hoogste de eigen "
                    + "gemeente", example = "GM0214", schema = @Schema(type = SchemaType.STRING, pattern = GemeenteCode.PATTERN))
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, page).map(RegelsetResponse::of), uriInfo);
    }

    @GET
    @Path("/geldend/{gemeente}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "De regelset die voor een gemeente geldt op een dag",
            description = "Van de versies met een ingangsdatum op of voor die dag de laatste; anders de standaardregelset.")
    @APIResponse(responseCode = "200", description = "De geldende regelset",
            content = @Content(schema = @Schema(implementation = RegelsetResponse.class)))
    public RegelsetResponse geldend(
            @Parameter(description = "De gemeente (CBS-code)", example = "GM0214")
            @PathParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Parameter(description = "De dag; standaard vandaag", example = "2027-01-01")
            @QueryParam("datum") LocalDate datum) {
        return RegelsetResponse.ofGeldend(service.geldend(gemeente, datum));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén gepubliceerde regelset",
            description = "Voor een raadpleger of hoger van de gemeente van de regelset, en voor een dienstaccount; een"
                    + " andere gemeente geeft 403. Een versie verandert niet meer na publicatie; uitkomsten en"
                    + " verzoeken noemen de versie waarmee zij zijn berekend.")
    @APIResponse(responseCode = "200", description = "De regelset",
            content = @Content(schema = @Schema(implementation = RegelsetResponse.class)))
    public RegelsetResponse get(@PathParam("id") UUID id) {
        return RegelsetResponse.of(service.get(id));
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
        return audittrail.van(Regelset.RESOURCE, id, page, uriInfo);
    }
}
