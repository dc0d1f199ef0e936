package nl.participatiesuite.evaluation.les;

import java.util.List;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LessenPerThema", description = "Leerpunten en knelpunten per thema, meeste lessen eerst.")
public record LessenPerThema(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true) List<Thema> themas) implements GemeenteGebonden {

    @Schema(name = "ThemaLessen")
    public record Thema(@Schema(required = true, example = "verkeer") String thema, @Schema(required = true) Lestelling lessen) {
    }
}
