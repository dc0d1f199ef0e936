package nl.participatiesuite.evaluation.leerzaam;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import nl.participatiesuite.evaluation.regels.Schaal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Cross-municipal learning: only reports their gemeente chose to share, and only their shareable fields. */
@Path("/leerzame-voorbeelden")
@Tag(name = "leerzame-voorbeelden", description = "Gedeelde verslagen, leesbaar voor iedereen; persoonsgegevens alleen voor de eigen"
        + " gemeente.")
@Produces(MediaType.APPLICATION_JSON)
public class LeerzaamVoorbeeldResource {

    @Inject
    LeerzaamVoorbeeldService service;

    @GET
    @PermitAll
    @Operation(summary = "Gedeelde verslagen van alle gemeenten, nieuwste eerst",
            description = "Openbaar, ook zonder token: alleen verslagen die hun gemeente deelde (gedeeld = true). Een"
                    + " voorbeeld laat de toelichting bij de deelnemersoordelen, het initiatief-id en het"
                    + " beoordeling-id weg; de opsteller (persoonsgegevens) staat er alleen in voor een raadpleger of"
                    + " hoger van de gemeente van het verslag.")
    @APIResponse(responseCode = "200", description = "Een pagina leerzame voorbeelden")
    public RestResponse<Page<LeerzaamVoorbeeld>> list(
            @Parameter(description = "Alleen voorbeelden van deze gemeente (CBS-code)", example = "GM0171")
            @QueryParam("gemeente") @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Parameter(description = "Alleen voorbeelden met dit thema (hoofdletterongevoelig)", example = "verkeer")
            @QueryParam("thema") @Size(max = 100, message = "thema is hoogstens 100 tekens.") String thema,
            @Parameter(description = "Alleen voorbeelden waarin een werkvorm op deze schaal is gebruikt",
                    schema = @Schema(implementation = Schaal.class))
            @QueryParam("schaal") @OneOf(value = Schaal.class, message = "schaal is onbekend.") String schaal,
            @Valid @BeanParam PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(gemeente, thema, schaal == null ? null : Schaal.valueOf(schaal), page)
                .map(LeerzaamVoorbeeld::of), uriInfo);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Eén gedeeld verslag",
            description = "Openbaar, ook zonder token. Een verslag dat niet gedeeld is, bestaat hier niet: 404, net als"
                    + " een onbekend id. Zonder toelichting bij de deelnemersoordelen, initiatief-id en"
                    + " beoordeling-id; de opsteller alleen voor een raadpleger of hoger van de gemeente van het"
                    + " verslag.")
    @APIResponse(responseCode = "200", description = "Het leerzame voorbeeld",
            content = @Content(schema = @Schema(implementation = LeerzaamVoorbeeld.class)))
    public LeerzaamVoorbeeld get(@PathParam("id") UUID id) {
        return LeerzaamVoorbeeld.of(service.get(id));
    }
}
