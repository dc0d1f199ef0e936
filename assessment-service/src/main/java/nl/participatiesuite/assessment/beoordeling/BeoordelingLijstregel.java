package nl.participatiesuite.assessment.beoordeling;

import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.assessment.engine.Intensiteit;
import nl.participatiesuite.assessment.engine.Ladderniveau;
import nl.participatiesuite.assessment.engine.Niveau;

/**
 * One row of GET /beoordelingen as the database gives it: a Panache projection of {@link Beoordeling} onto the narrow
 * columns, the copies PostgreSQL keeps of the answers' and outcome's list fields included ({@code lijst*}). The list
 * never reads the JSON of the answers and outcome, which at a million rows is what made a page slow (issue 9). The
 * parameter names are the entity's attribute names: that is how Panache maps them.
 */
record BeoordelingLijstregel(UUID id, String gemeente, UUID initiatiefId, UUID kernId, String lijstDoel,
        String lijstActiviteit, String lijstInitiatiefnemer, String lijstSchaal, Niveau niveau, Ladderniveau ladderniveau,
        Intensiteit intensiteit, String regelsetGemeente, int regelsetVersie, String lijstRegelsetNaam,
        String lijstVerplichteParticipatie, Instant aangemaaktOp, Instant gewijzigdOp) {
}
