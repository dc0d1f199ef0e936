package nl.participatiesuite.assessment.checklist;

import java.util.UUID;
import nl.participatiesuite.assessment.engine.checklist.Checklist;

/**
 * The checklist of one beoordeling as it stands now, with the beoordeling's version (the checklist's ETag).
 */
record ChecklistStand(UUID beoordelingId, long versie, Checklist checklist) {
}
