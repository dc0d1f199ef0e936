package nl.participatiesuite.evaluation.les;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.PageResponses;
import nl.participatiesuite.apirules.security.Rollen;
import nl.participatiesuite.evaluation.evaluatie.Lessoort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/lessen")
@Tag(name = "lessen", description = "Leerpunten en knelpunten uit de verslagen van een gemeente, per kern en per thema.")
@Produces(MediaType.APPLICATION_JSON)
public class LesResource {

    @Inject
    LesService service;

    @GET
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Lessen van een gemeente, nieuwste verslag eerst",
            description = "Zonder soort: leerpunten en knelpunten.")
    @APIResponse(responseCode = "200", description = "Een pagina lessen")
    public RestResponse<Page<LesItem>> list(
            @Parameter(description = "De eigen gemeente (CBS-code)", required = true, example = "GM0214")
            @QueryParam("gemeente") @NotNull(message = "gemeente is verplicht.")
            @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Parameter(description = "Alleen lessen uit verslagen over deze kern") @QueryParam("kern") UUID kern,
            @Parameter(description = "Alleen lessen uit verslagen met dit thema (hoofdletterongevoelig)", example = "verkeer")
            @QueryParam("thema") @Size(max = 100, message = "thema is hoogstens 100 tekens.") String thema,
            @Parameter(description = "Alleen deze soort les", schema = @Schema(implementation = Lessoort.class))
            @QueryParam("soort") @OneOf(value = Lessoort.class, message = "soort is onbekend.") String soort,
            @Parameter(description = "true: alleen lessen die al in regels zijn vastgelegd; false: alleen die nog niet")
            @QueryParam("inRegels") Boolean inRegels,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, kern, thema, soort == null ? null : Lessoort.valueOf(soort),
                inRegels, page).map(LesItem::of), uriInfo);
    }

    @GET
    @Path("/per-kern")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Aantallen leerpunten en knelpunten per kern van een gemeente",
            description = "Voor een raadpleger of hoger van deze gemeente, en voor een dienstaccount; een andere gemeente"
                    + " geeft 403. Alle verslagen van de gemeente tellen mee, ook niet-gedeelde; de kernen zijn die"
                    + " van het initiatief bij het aanmaken van het verslag. Per kern: aantal verslagen, leerpunten,"
                    + " knelpunten en lessen die nog niet in regels zijn vastgelegd; de kern met de meeste lessen"
                    + " eerst.")
    @APIResponse(responseCode = "200", description = "Lessen per kern",
            content = @Content(schema = @Schema(implementation = LessenPerKern.class)))
    public LessenPerKern perKern(
            @Parameter(description = "De eigen gemeente (CBS-code)", required = true, example = "GM0214")
            @QueryParam("gemeente") @NotNull(message = "gemeente is verplicht.")
            @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente) {
        return service.perKern(gemeente);
    }

    @GET
    @Path("/per-thema")
    @RolesAllowed(Rollen.RAADPLEGER)
    @Operation(summary = "Aantallen leerpunten en knelpunten per thema van een gemeente",
            description = "Voor een raadpleger of hoger van deze gemeente, en voor een dienstaccount; een andere gemeente"
                    + " geeft 403. Alle verslagen van de gemeente tellen mee, ook niet-gedeelde. Per thema: aantal"
                    + " verslagen, leerpunten, knelpunten en lessen die nog niet in regels zijn vastgelegd; het thema"
                    + " met de meeste lessen eerst.")
    @APIResponse(responseCode = "200", description = "Lessen per thema",
            content = @Content(schema = @Schema(implementation = LessenPerThema.class)))
    public LessenPerThema perThema(
            @Parameter(description = "De eigen gemeente (CBS-code)", required = true, example = "GM0214")
            @QueryParam("gemeente") @NotNull(message = "gemeente is verplicht.")
            @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente) {
        return service.perThema(gemeente);
    }
}
