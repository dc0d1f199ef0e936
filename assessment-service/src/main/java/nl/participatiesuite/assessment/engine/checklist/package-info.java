/**
 * De handreikingen inwonersparticipatie (6 stappen) en overheidsparticipatie (5 stappen) van Buren als
 * checklist per beoordeling. Ingang: {@link nl.participatiesuite.assessment.engine.checklist.ChecklistInvuller}.
 */
package nl.participatiesuite.assessment.engine.checklist;
