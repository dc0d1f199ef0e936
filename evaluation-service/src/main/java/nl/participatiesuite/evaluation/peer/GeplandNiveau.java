package nl.participatiesuite.evaluation.peer;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.evaluation.regels.Ladderniveau;

/** The participation level the samenwerkingswijzer advised for an initiatief, or why there is none. */
public sealed interface GeplandNiveau {

    /**
     * @param regelsetVersie        the rule-set version that computed the beoordeling (its {@code regelset.naam})
     * @param verplichteParticipatie the raad's designated cases the beoordeling named; empty when not mandatory
     */
    record Beoordeeld(UUID beoordelingId, Ladderniveau niveau, String regelsetVersie,
            List<BeoordelingPagina.Geval> verplichteParticipatie) implements GeplandNiveau {
    }

    record GeenBeoordeling() implements GeplandNiveau {
    }

    record Onbereikbaar() implements GeplandNiveau {
    }
}
