package nl.participatiesuite.assessment.beoordeling;

import java.util.UUID;
import nl.participatiesuite.assessment.engine.Intensiteit;
import nl.participatiesuite.assessment.engine.Ladderniveau;
import nl.participatiesuite.assessment.engine.Niveau;
import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Berekening", description = "De uitkomst van antwoorden zonder ze op te slaan (voor live formulieren).")
public record BerekeningResponse(
        @Schema(required = true, example = "GM0214") String gemeente,
        UUID initiatiefId,
        UUID kernId,
        @Schema(required = true) Niveau niveau,
        @Schema(required = true) Ladderniveau ladderniveau,
        @Schema(required = true) Intensiteit intensiteit,
        @Schema(required = true) RegelsetVerwijzing regelset,
        @Schema(required = true) Uitkomst uitkomst,
        @Schema(description = "Hoe actueel de werkvormeffectiviteit (evaluation-service) was waarmee stap 4 de"
                + " werkvormen ordende") ActualiteitResponse werkvormEffectiviteit,
        @Schema(description = "Hoe actueel de kern en haar kernambtenaren (registry-service) waren waarmee het"
                + " aanspreekpunt is bepaald; ontbreekt als het plan geen kern heeft") ActualiteitResponse kernGegevens)
        implements GemeenteGebonden {

    static BerekeningResponse of(BeoordelingBerekening.Berekend berekend) {
        Uitkomst uitkomst = berekend.uitkomst();
        return new BerekeningResponse(berekend.gemeente(), berekend.initiatiefId(), berekend.kernId(),
                uitkomst.stap3().niveau(), uitkomst.stap3().ladderniveau(), uitkomst.stap2().intensiteit(),
                RegelsetVerwijzing.of(berekend.regelset()), uitkomst, berekend.werkvormEffectiviteit(),
                berekend.kernGegevens());
    }
}
