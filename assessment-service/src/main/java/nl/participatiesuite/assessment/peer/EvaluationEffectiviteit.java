package nl.participatiesuite.assessment.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** How well werkvormen worked before, per werkvorm and schaal, as the evaluation-service answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record EvaluationEffectiviteit(Integer aantalEvaluaties, List<Werkvorm> werkvormen) {

    public EvaluationEffectiviteit {
        werkvormen = werkvormen == null ? List.of() : List.copyOf(werkvormen);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Werkvorm(String werkvorm, String schaal, BigDecimal gemiddeldeWaardering,
            Integer aantalBeoordelingen) {
    }
}
