package nl.participatiesuite.assessment.samenwerkingsplan;

import java.util.UUID;

/** The planning of one beoordeling as it stands, with the beoordeling's version (the planning's ETag). */
record PlanningStand(UUID beoordelingId, String gemeente, long versie, Planning planning) {
}
