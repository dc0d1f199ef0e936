package nl.participatiesuite.assessment.regelset;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.assessment.common.JsonKolommen;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Finds rule sets: one by id, or the one that applies to a gemeente now. */
@ApplicationScoped
public class Regelsets {

    private final JsonKolommen json;
    private final HuidigeRegelsetCache huidige;

    Regelsets(JsonKolommen json, Klok klok, MeterRegistry meters,
            @ConfigProperty(name = "assessment.regelset.hoogstens-oud") Duration hoogstensOud) {
        this.json = json;
        this.huidige = new HuidigeRegelsetCache(this::nieuwste, klok::nu, hoogstensOud, meters);
    }

    public static GepubliceerdeRegelset existing(UUID id) {
        GepubliceerdeRegelset regelset = GepubliceerdeRegelset.findById(id);
        if (regelset == null) {
            throw ProblemException.notFound("Regelset", id);
        }
        return regelset;
    }

    /**
     * The gemeente's newest published version, else the default (domain.md §2: maatwerk per gemeente); as read at
     * most {@code assessment.regelset.hoogstens-oud} ago ({@link HuidigeRegelsetCache}).
     *
     * @param gemeente a valid gemeente code
     */
    public GekozenRegelset huidige(String gemeente) {
        return huidige.huidige(gemeente);
    }

    void vergeet(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegelsetGepubliceerd gepubliceerd) {
        huidige.vergeet(gepubliceerd.gemeente());
    }

    private GekozenRegelset nieuwste(String gemeente) {
        GepubliceerdeRegelset nieuwste = GepubliceerdeRegelset
                .<GepubliceerdeRegelset>find("gemeente = ?1 order by versie desc", gemeente)
                .firstResult();
        return nieuwste == null ? GekozenRegelset.standaard() : gekozen(nieuwste);
    }

    private GekozenRegelset gekozen(GepubliceerdeRegelset regelset) {
        return new GekozenRegelset(regelset.id, regelset.gemeente, regelset.versie, regelset.leesRegels(json));
    }
}
