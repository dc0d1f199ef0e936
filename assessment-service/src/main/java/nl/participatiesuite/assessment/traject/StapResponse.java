package nl.participatiesuite.assessment.traject;

import nl.participatiesuite.assessment.traject.domain.Fase;
import nl.participatiesuite.assessment.traject.domain.TrajectStap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrajectStap", description = "Een stap van het BINNO-processchema.")
public record StapResponse(
        @Schema(required = true, example = "2") int nummer,
        @Schema(required = true, example = "Afbakening taakveld(en)") String titel,
        @Schema(required = true) Fase fase) {

    static StapResponse of(TrajectStap stap) {
        return new StapResponse(stap.nummer(), stap.titel(), stap.fase());
    }

    static StapResponse of(int nummer) {
        return of(TrajectStap.metNummer(nummer));
    }
}
