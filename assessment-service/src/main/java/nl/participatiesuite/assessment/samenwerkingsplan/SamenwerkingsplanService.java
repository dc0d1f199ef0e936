package nl.participatiesuite.assessment.samenwerkingsplan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.assessment.beoordeling.Beoordeling;
import nl.participatiesuite.assessment.beoordeling.Beoordelingen;
import nl.participatiesuite.assessment.checklist.ChecklistService;

/**
 * The samenwerkingsplan of a beoordeling: readable by whoever may read the beoordeling (its own gemeente, domain.md §4).
 * Only stored data, no peer call: the document shows the outcome as it was computed and stored, with the rule-set
 * version that computed it.
 */
@ApplicationScoped
public class SamenwerkingsplanService {

    private final ChecklistService checklists;
    private final Beller beller;
    private final Klok klok;

    SamenwerkingsplanService(ChecklistService checklists, Beller beller, Klok klok) {
        this.checklists = checklists;
        this.beller = beller;
        this.klok = klok;
    }

    Samenwerkingsplan plan(UUID beoordelingId) {
        Beoordeling beoordeling = Beoordelingen.existing(beoordelingId);
        beller.controleerLezen(beoordeling.gemeente);
        return new Samenwerkingsplan(beoordeling, checklists.checklist(beoordeling), klok.vandaag());
    }
}
