package nl.participatiesuite.assessment.regelset;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.assessment.common.JsonKolommen;

/** Finds rule sets: one by id, or the one that applies to a gemeente now. */
@ApplicationScoped
public class Regelsets {

    private final JsonKolommen json;

    Regelsets(JsonKolommen json) {
        this.json = json;
    }

    public static GepubliceerdeRegelset existing(UUID id) {
        GepubliceerdeRegelset regelset = GepubliceerdeRegelset.findById(id);
        if (regelset == null) {
            throw ProblemException.notFound("Regelset", id);
        }
        return regelset;
    }

    /** The gemeente's newest published version, else the default (domain.md §2: maatwerk per gemeente). */
    public GekozenRegelset huidige(String gemeente) {
        GepubliceerdeRegelset nieuwste = GepubliceerdeRegelset
                .<GepubliceerdeRegelset>find("gemeente = ?1 order by versie desc", gemeente)
                .firstResult();
        return nieuwste == null ? GekozenRegelset.standaard() : gekozen(nieuwste);
    }

    private GekozenRegelset gekozen(GepubliceerdeRegelset regelset) {
        return new GekozenRegelset(regelset.id, regelset.gemeente, regelset.versie, regelset.leesRegels(json));
    }
}
