package nl.participatiesuite.evaluation.les;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LessenPerKern", description = "Leerpunten en knelpunten per kern, meeste lessen eerst.")
public record LessenPerKern(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true) List<Kern> kernen) implements GemeenteGebonden {

    @Schema(name = "KernLessen")
    public record Kern(@Schema(required = true) UUID kernId, @Schema(required = true) Lestelling lessen) {
    }
}
