package nl.participatiesuite.evaluation.burgerpeiling;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.participatiesuite.apirules.input.GemeenteCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dashboard's one call: every stelling of a gemeente with its latest measurement and target status. */
@Path("/burgerpeiling-overzichten")
@Tag(name = "burgerpeiling")
@Produces(MediaType.APPLICATION_JSON)
public class BurgerpeilingOverzichtResource {

    @Inject
    VoortgangService voortgang;

    @GET
    @Path("/{gemeente}")
    @PermitAll
    @Operation(summary = "Alle stellingen van een gemeente met laatste meting, benchmarkverschil en voortgang per doel",
            description = "Openbaar, ook zonder token. Per stelling: de nieuwste meting, het verschil met de benchmark van"
                    + " die meting en per doel de voortgang = (laatste − basis) / (doel − basis) × 100, met als basis"
                    + " de vroegste meting (kan negatief of boven 100 zijn). Status per doel: BEHAALD (laatste ≥"
                    + " doel), OP_KOERS (laatste ≥ de rechte lijn van basis naar doel in het jaar van de laatste"
                    + " meting), ACHTER, of GEEN_METING. Een gemeente zonder stellingen geeft 404.")
    @APIResponse(responseCode = "200", description = "Het overzicht",
            content = @Content(schema = @Schema(implementation = BurgerpeilingOverzicht.class)))
    public BurgerpeilingOverzicht get(
            @Parameter(description = "De gemeente (CBS-code)", example = "GM0214") @PathParam("gemeente")
            @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente) {
        return voortgang.overzicht(gemeente);
    }
}
