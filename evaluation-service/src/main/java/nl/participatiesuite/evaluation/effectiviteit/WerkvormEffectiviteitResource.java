package nl.participatiesuite.evaluation.effectiviteit;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.participatiesuite.apirules.input.GemeenteCode;
import nl.participatiesuite.apirules.input.OneOf;
import nl.participatiesuite.evaluation.regels.Schaal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What worked: the assessment-service orders its werkvormen advice with this answer, also for an anonymous
 * {@code _bereken} (it passes the caller's token on), so it is public: aggregates without personal data.
 */
@Path("/werkvorm-effectiviteit")
@Tag(name = "werkvorm-effectiviteit", description = "Gemiddelde waardering per werkvorm en schaal.")
@Produces(MediaType.APPLICATION_JSON)
public class WerkvormEffectiviteitResource {

    @Inject
    WerkvormEffectiviteitService service;

    @GET
    @PermitAll
    @Operation(summary = "Gemiddelde waardering per werkvorm en schaal, beste eerst",
            description = "Telt de gedeelde verslagen van alle gemeenten en, voor een raadpleger, medewerker of beheerder"
                    + " van de gevraagde gemeente en voor een dienst van de suite zelf (rol systeem, die het alleen aan"
                    + " die gemeente toont), ook haar niet-gedeelde verslagen. Openbaar: het antwoord bevat alleen"
                    + " aantallen en gemiddelden, geen persoonsgegevens of teksten van verslagen."
                    + " Volgorde: gemiddeldeWaardering aflopend, dan aantalBeoordelingen aflopend, dan werkvorm.")
    @APIResponse(responseCode = "200", description = "De effectiviteit",
            content = @Content(schema = @Schema(implementation = WerkvormEffectiviteitResponse.class)))
    public WerkvormEffectiviteitResponse get(
            @Parameter(description = "De gemeente (CBS-code); haar niet-gedeelde verslagen tellen alleen mee voor haar eigen"
                    + " raadplegers, medewerkers en beheerders", required = true, example = "GM0214")
            @QueryParam("gemeente") @NotNull(message = "gemeente is verplicht.")
            @Pattern(regexp = GemeenteCode.PATTERN, message = GemeenteCode.MELDING) String gemeente,
            @Parameter(description = "Alleen deze schaal; zonder: alle schalen", schema = @Schema(implementation = Schaal.class))
            @QueryParam("schaal") @OneOf(value = Schaal.class, message = "schaal is onbekend.") String schaal) {
        return service.bereken(gemeente, schaal == null ? null : Schaal.valueOf(schaal));
    }
}
