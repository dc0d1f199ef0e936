package nl.participatiesuite.assessment.beoordeling;

import java.time.Instant;
import nl.participatiesuite.assessment.peer.Actualiteitsstatus;
import nl.participatiesuite.assessment.peer.Werkvormkennis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Actualiteit", description = "Hoe actueel gegevens van een andere service waren toen de uitkomst ze"
        + " gebruikte. Deze service houdt ze bij in een cache die op de achtergrond wordt ververst, zodat een berekening"
        + " niet op een andere service wacht.")
public record ActualiteitResponse(
        @Schema(required = true) Actualiteitsstatus status,
        @Schema(description = "Wanneer de andere service ze het laatst gaf; ontbreekt als dat nog nooit lukte",
                example = "2025-03-01T10:00:00Z") Instant bijgewerktOp) {

    static ActualiteitResponse of(Werkvormkennis kennis) {
        return new ActualiteitResponse(kennis.status(), kennis.bijgewerktOp());
    }
}
