package nl.participatiesuite.assessment.traject;

import java.time.Instant;
import java.time.LocalDate;
import nl.participatiesuite.assessment.traject.domain.Fase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Terugkoppelingsmoment", description = "Het terugkoppelingsmoment tussen college en raad aan het "
        + "eind van een fase.")
public record TerugkoppelingResponse(
        @Schema(required = true) Fase fase,
        @Schema(format = "date") LocalDate collegeGerapporteerdOp,
        @Schema(format = "date") LocalDate raadKadersVastgesteldOp,
        String toelichting,
        @Schema(required = true, description = "Beide datums vastgelegd: de fase mag verlaten worden") boolean volledig,
        @Schema(required = true) Instant vastgelegdOp) {

    static TerugkoppelingResponse of(Terugkoppelingsmoment moment) {
        return new TerugkoppelingResponse(moment.fase, moment.collegeGerapporteerdOp, moment.raadKadersVastgesteldOp,
                moment.toelichting, moment.collegeGerapporteerdOp != null && moment.raadKadersVastgesteldOp != null,
                moment.vastgelegdOp);
    }
}
