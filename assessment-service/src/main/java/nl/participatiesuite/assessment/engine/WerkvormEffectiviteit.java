package nl.participatiesuite.assessment.engine;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wat de aanroeper weet over de effectiviteit van werkvormen op de schaal van het plan (evaluation-service,
 * domain.md §3). De engine haalt zelf niets op; als de peer onbereikbaar is, geeft de aanroeper
 * {@link #onbeschikbaar()} en blijft de matrixvolgorde staan.
 */
public sealed interface WerkvormEffectiviteit {

    /** De evaluation-service was niet bereikbaar. */
    record Onbeschikbaar() implements WerkvormEffectiviteit {
    }

    /** Scores per werkvormnaam; de naam wordt zonder hoofdlettergevoeligheid gekoppeld aan de matrix. */
    record Scores(Map<String, WerkvormScore> perWerkvorm) implements WerkvormEffectiviteit {
        public Scores {
            // TreeMap: de weergave en JSON hangen zo niet af van de volgorde waarin de peer antwoordde.
            TreeMap<String, WerkvormScore> kopie = new TreeMap<>();
            if (perWerkvorm != null) {
                perWerkvorm.forEach((naam, score) -> {
                    if (naam != null && score != null) {
                        kopie.put(naam, score);
                    }
                });
            }
            perWerkvorm = Collections.unmodifiableMap(kopie);
        }
    }

    static WerkvormEffectiviteit onbeschikbaar() {
        return new Onbeschikbaar();
    }

    static WerkvormEffectiviteit van(Map<String, WerkvormScore> perWerkvorm) {
        return new Scores(perWerkvorm);
    }
}
