package nl.participatiesuite.assessment.traject;

import nl.participatiesuite.assessment.traject.domain.Fase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrajectFase", description = "Een fase van het BINNO-processchema.")
public record FaseResponse(
        @Schema(required = true) Fase code,
        @Schema(required = true, example = "1") int nummer,
        @Schema(required = true, example = "Verkenning") String titel) {

    static FaseResponse of(Fase fase) {
        return new FaseResponse(fase, fase.nummer(), fase.titel());
    }
}
