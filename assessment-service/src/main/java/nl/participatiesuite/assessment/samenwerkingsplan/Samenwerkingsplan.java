package nl.participatiesuite.assessment.samenwerkingsplan;

import java.time.LocalDate;
import nl.participatiesuite.assessment.beoordeling.Beoordeling;
import nl.participatiesuite.assessment.engine.checklist.Checklist;

/** What a samenwerkingsplan is made of: the beoordeling with its planning, its checklist, and the day it is made. */
record Samenwerkingsplan(Beoordeling beoordeling, Checklist checklist, LocalDate opgemaaktOp) {
}
