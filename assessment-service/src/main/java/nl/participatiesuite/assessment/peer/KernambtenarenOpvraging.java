package nl.participatiesuite.assessment.peer;

import java.util.List;
import nl.participatiesuite.assessment.engine.Kernambtenaar;

/** The registry's kernambtenaren of one kern (possibly none), or "the registry could not tell". */
public sealed interface KernambtenarenOpvraging {

    record Gevonden(List<Kernambtenaar> kernambtenaren) implements KernambtenarenOpvraging {
        public Gevonden {
            kernambtenaren = List.copyOf(kernambtenaren);
        }
    }

    record Onbereikbaar() implements KernambtenarenOpvraging {
    }
}
