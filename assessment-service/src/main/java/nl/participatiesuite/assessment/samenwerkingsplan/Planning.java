package nl.participatiesuite.assessment.samenwerkingsplan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stored planning of step 4 (the jsonb column {@code beoordeling.planning}), as the API shows it. */
@Schema(name = "Planning", description = "De planning van stap 4 zoals het team die invulde.")
public record Planning(
        @Schema(required = true) List<GeplandeActiviteit> activiteiten,
        @Schema(required = true) List<Communicatiemoment> communicatie) {

    public Planning {
        activiteiten = activiteiten == null ? List.of() : List.copyOf(activiteiten);
        communicatie = communicatie == null ? List.of() : List.copyOf(communicatie);
    }

    /**
     * @param uitMatrix the werkvorm is one the matrix of step 4 advises for this belanghebbende's level (computed
     *                  when written, so a later rule set does not change what the team chose)
     */
    @Schema(name = "GeplandeActiviteit")
    public record GeplandeActiviteit(
            @Schema(required = true, example = "Omwonenden") String belanghebbende,
            @Schema(required = true, example = "Workshop") String werkvorm,
            @Schema(required = true, description = "De werkvorm staat in het advies van stap 4 voor deze belanghebbende; "
                    + "false: een eigen werkvorm van het team") boolean uitMatrix,
            String toelichting,
            @Schema(required = true) Periode wanneer) {
    }

    @Schema(name = "Communicatiemoment")
    public record Communicatiemoment(
            @Schema(required = true, example = "Nieuwsbrief") String informatiemiddel,
            @Schema(required = true, example = "Alle inwoners van de kern") String doelgroep,
            @Schema(required = true) Periode moment) {
    }
}
