package nl.participatiesuite.assessment.samenwerkingsplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The planning part of step 4 that a team fills in (domain.md §6): per belanghebbende of the belangenanalyse what
 * it does with them (a werkvorm of the matrix, or its own) and when, and the communication plan. Replaces the whole
 * planning. Groups and means only: no person is named here.
 */
@Schema(name = "PlanningRequest", description = "De planning van stap 4: activiteiten per belanghebbende en het "
        + "communicatieplan. Vervangt de hele planning.")
public record PlanningRequest(
        @Schema(description = "Per belanghebbende uit de belangenanalyse: wat en wanneer")
        @Size(max = 200, message = "activiteiten is hoogstens 200 regels.")
        List<@Valid @NotNull(message = "Een activiteit mag niet leeg zijn.") Activiteit> activiteiten,
        @Schema(description = "Het communicatieplan: welk middel, voor wie, wanneer")
        @Size(max = 100, message = "communicatie is hoogstens 100 regels.")
        List<@Valid @NotNull(message = "Een communicatiemoment mag niet leeg zijn.") Communicatie> communicatie) {

    @Schema(name = "GeplandeActiviteitRequest")
    public record Activiteit(
            @Schema(required = true, example = "Omwonenden",
                    description = "De naam van een belanghebbende zoals die in de belangenanalyse (stap 3) staat")
            @NotBlank(message = "belanghebbende is verplicht.")
            @Size(max = 200, message = "belanghebbende is hoogstens 200 tekens.")
            String belanghebbende,
            @Schema(required = true, example = "Workshop",
                    description = "Een werkvorm uit de matrix van stap 4 of een eigen werkvorm")
            @NotBlank(message = "werkvorm is verplicht.")
            @Size(max = 200, message = "werkvorm is hoogstens 200 tekens.")
            String werkvorm,
            @Schema(example = "Twee avonden in het dorpshuis, met tekeningen van de veldjes")
            @Size(max = 2000, message = "toelichting is hoogstens 2000 tekens.")
            String toelichting,
            @Schema(required = true) @NotNull(message = "wanneer is verplicht.") @Valid Periode wanneer) {
    }

    @Schema(name = "CommunicatiemomentRequest")
    public record Communicatie(
            @Schema(required = true, example = "Nieuwsbrief")
            @NotBlank(message = "informatiemiddel is verplicht.")
            @Size(max = 200, message = "informatiemiddel is hoogstens 200 tekens.")
            String informatiemiddel,
            @Schema(required = true, example = "Alle inwoners van de kern")
            @NotBlank(message = "doelgroep is verplicht.")
            @Size(max = 200, message = "doelgroep is hoogstens 200 tekens.")
            String doelgroep,
            @Schema(required = true) @NotNull(message = "moment is verplicht.") @Valid Periode moment) {
    }
}
