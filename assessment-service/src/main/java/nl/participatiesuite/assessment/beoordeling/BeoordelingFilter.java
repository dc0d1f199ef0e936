package nl.participatiesuite.assessment.beoordeling;

import java.util.UUID;
import nl.participatiesuite.assessment.engine.Intensiteit;
import nl.participatiesuite.assessment.engine.Niveau;

/** The filters of the beoordelingen list; each may be empty. */
public record BeoordelingFilter(String gemeente, UUID initiatief, UUID kern, Niveau niveau, Intensiteit intensiteit) {
}
