package nl.participatiesuite.evaluation.burgerpeiling;

import java.util.List;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BurgerpeilingOverzicht", description = "Alle stellingen van een gemeente met hun laatste stand: wat een dashboard nodig heeft.")
public record BurgerpeilingOverzicht(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true) List<StellingVoortgang> stellingen) implements GemeenteGebonden {
}
