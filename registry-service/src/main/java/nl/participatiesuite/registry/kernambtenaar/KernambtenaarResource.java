package nl.participatiesuite.registry.kernambtenaar;

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
import nl.participatiesuite.apirules.input.Ids;
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

@Path("/kernambtenaren")
@Tag(name = "kernambtenaren", description = "Ambtenaren die een of meer kernen met de gemeentelijke organisatie verbinden.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KernambtenaarResource {

    @Inject
    KernambtenaarService service;

    @Inject
    Audittrail audittrail;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Registreer een kernambtenaar voor een of meer kernen",
            description = "Alleen een beheerder, in de eigen gemeente (anders 403); de gemeente moet geregistreerd zijn."
                    + " kernIds noemt 1 tot 100 verschillende kernen van die gemeente; een onbekende kern of een kern"
                    + " van een andere gemeente is een 400 (unknown, otherGemeente), samen met de andere fouten. Naam,"
                    + " e-mail en telefoon zijn persoonsgegevens. Een kern met een kernambtenaar telt mee in de"
                    + " kerndekking van de gemeente.")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            content = @Content(schema = @Schema(implementation = KernambtenaarResponse.class)))
    public Response create(@Valid @NotNull KernambtenaarRequest request, @Context UriInfo uriInfo) {
        Kernambtenaar kernambtenaar = service.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(kernambtenaar.id.toString()).build())
                .tag(Preconditions.etag(kernambtenaar.versie)).entity(KernambtenaarResponse.of(kernambtenaar)).build();
    }

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Lijst van kernambtenaren, op gemeente en naam",
            description = "Voor een raadpleger of hoger, alleen van de eigen gemeente: zonder gemeente de eigen, een"
                    + " andere gemeente geeft 403. Een dienstaccount noemt de gemeente. Naam, e-mail en telefoon"
                    + " (persoonsgegevens) staan erin.")
    @APIResponse(responseCode = "200", description = "Een pagina kernambtenaren")
    public RestResponse<Page<KernambtenaarResponse>> list(
            @Parameter(description = "Alleen kernambtenaren van deze gemeente (CBS-code); standaard en ten hoogste de eigen gemeente",
                    example = "GM0214")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = "gemeente is een CBS-gemeentecode.") String gemeente,
            @Parameter(description = "Alleen de kernambtenaren van deze kern (id)")
            @QueryParam("kern") @Pattern(regexp = Ids.UUID_PATTERN, message = "kern is een uuid.") String kern,
            @Parameter(description = "Zoek in de naam") @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, Ids.parse(kern), q, page).map(KernambtenaarResponse::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Eén kernambtenaar",
            description = "Voor een raadpleger of hoger van de gemeente van de kernambtenaar, en voor een dienstaccount;"
                    + " een andere gemeente geeft 403.")
    @APIResponse(responseCode = "200", description = "De kernambtenaar",
            content = @Content(schema = @Schema(implementation = KernambtenaarResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        Kernambtenaar kernambtenaar = service.get(id);
        return Response.ok(KernambtenaarResponse.of(kernambtenaar)).tag(Preconditions.etag(kernambtenaar.versie)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wijzig een kernambtenaar en zijn kernen (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de kernambtenaar. Vervangt alle gegevens en de kernen"
                    + " (1 tot 100, van dezelfde gemeente). Een kernambtenaar gaat niet over naar een andere gemeente"
                    + " (400 immutable): registreer een nieuwe.")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = KernambtenaarResponse.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull KernambtenaarRequest request) {
        Kernambtenaar kernambtenaar = service.update(id, request, ifMatch);
        return Response.ok(KernambtenaarResponse.of(kernambtenaar)).tag(Preconditions.etag(kernambtenaar.versie)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Verwijder een kernambtenaar (If-Match vereist)",
            description = "Alleen een beheerder van de gemeente van de kernambtenaar. Zolang hij vaste contactpersoon van"
                    + " een initiatief is, geeft verwijderen 409 kernambtenaar-in-gebruik: draag die initiatieven"
                    + " eerst over. Een kern zonder andere kernambtenaar telt daarna in de kerndekking als ongedekt.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    @APIResponse(responseCode = "409", description = "De kernambtenaar is nog vaste contactpersoon van een initiatief")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/_wissen")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wis de persoonsgegevens van deze kernambtenaar (AVG art. 17)",
            description = "Naam, e-mail en telefoon worden vervangen door een markering; de kernambtenaar, zijn kernen en"
                    + " de audittrail blijven. Een tweede verzoek verandert niets meer.")
    @APIResponse(responseCode = "200", description = "Gewist",
            content = @Content(schema = @Schema(implementation = KernambtenaarResponse.class)))
    public Response wissen(@PathParam("id") UUID id) {
        Kernambtenaar kernambtenaar = service.wissen(id);
        return Response.ok(KernambtenaarResponse.of(kernambtenaar)).tag(Preconditions.etag(kernambtenaar.versie)).build();
    }

    @GET
    @Path("/{id}/audittrail")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Wie wijzigde deze kernambtenaar wanneer, en wat (persoonsgegevens als pseudoniem)",
            description = "Alleen voor een beheerder van de gemeente van de kernambtenaar. " + Audittrail.BESCHRIJVING)
    @APIResponse(responseCode = "200", description = "Een pagina audittrail, oudste eerst")
    public RestResponse<Page<Auditregel>> audittrail(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
            @Context UriInfo uriInfo) {
        return audittrail.van(Kernambtenaar.RESOURCE, id, page, uriInfo);
    }
}
