package nl.participatiesuite.evaluation.effectiviteit;

import java.util.List;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.evaluation.regels.Schaal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WerkvormEffectiviteit", description = "Hoe goed werkvormen werkten volgens de gedeelde verslagen van alle"
        + " gemeenten en, voor de eigen gemeente, ook haar niet-gedeelde verslagen, beste eerst.")
public record WerkvormEffectiviteitResponse(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(description = "De gevraagde schaal; ontbreekt als alle schalen zijn meegeteld.") Schaal schaal,
        @Schema(required = true, example = "5", description = "Aantal verslagen met minstens één meegetelde waardering")
        long aantalEvaluaties,
        @Schema(required = true) List<WerkvormScore> werkvormen) implements GemeenteGebonden {
}
