package nl.participatiesuite.evaluation.les;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.evaluation.evaluatie.Evaluatie;
import nl.participatiesuite.evaluation.evaluatie.Lessoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LesItem", description = "Eén les uit een verslag, met waar zij vandaan komt.")
public record LesItem(
        @Schema(required = true) UUID evaluatieId,
        @Schema(example = "Speelplek Zoelmond") String initiatiefTitel,
        @Schema(required = true) Lessoort soort,
        @Schema(required = true) String tekst,
        @Schema(required = true, description = "Al vastgelegd in regels of werkafspraken.") boolean inRegels,
        @Schema(required = true) List<UUID> kernIds,
        @Schema(required = true) List<String> themas,
        @Schema(required = true) Instant aangemaaktOp) {

    public static LesItem of(LesRij rij) {
        Evaluatie e = rij.evaluatie();
        return new LesItem(e.id, e.initiatiefTitel, rij.les().soort, rij.les().tekst, rij.les().inRegels,
                List.copyOf(e.kernIds), List.copyOf(e.themas), e.aangemaaktOp);
    }
}
