package nl.participatiesuite.evaluation.effectiviteit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.evaluation.regels.Schaal;
import nl.participatiesuite.evaluation.regels.WerkvormRanglijst;
import nl.participatiesuite.evaluation.regels.WerkvormTelling;

/**
 * Sums the ratings the database holds; {@link WerkvormRanglijst} turns the sums into the ranking.
 * Werkvorm names are grouped without regard to capitals, as writers spell "Enquête" and "enquête" alike.
 * <p>
 * Which reports count (domain.md §3 and §4): the shared reports of every gemeente, which are public, and,
 * for a raadpleger (or higher) of the gemeente itself, and for a suite service account (systeem, which the
 * assessment-service uses to load the view it gives that gemeente's own callers only), also its reports that are not
 * shared. The answer
 * holds only counts and means per werkvorm and schaal, never a person or a text of a report, so it is
 * public: the assessment-service orders the werkvormen of an anonymous {@code _bereken} with it. An
 * anonymous caller or one of another gemeente gets the same answer computed from the shared reports only,
 * so nothing of a report that was not shared leaves the gemeente, not even as a mean of one rating.
 */
@ApplicationScoped
public class WerkvormEffectiviteitService {

    private static final String MEETELLEND = """
            from evaluatie_werkvorm w join evaluatie e on e.id = w.evaluatie_id
            where (e.gedeeld or (cast(:eigen as boolean) and e.gemeente_code = :gemeente))
              and (cast(:schaal as varchar) is null or w.schaal = cast(:schaal as varchar))
            """;

    private final EntityManager entityManager;
    private final Beller beller;

    WerkvormEffectiviteitService(EntityManager entityManager, Beller beller) {
        this.entityManager = entityManager;
        this.beller = beller;
    }

    public WerkvormEffectiviteitResponse bereken(String gemeente, Schaal schaal) {
        String schaalNaam = schaal == null ? null : schaal.name();
        // A suite service account counts as the gemeente's own: the assessment loads the view it shows only to that
        // gemeente's callers with its service token (the assessment's WerkvormkennisCache).
        boolean eigen = beller.magLezen(gemeente);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select min(w.werkvorm), w.schaal, sum(w.waardering), count(*) " + MEETELLEND
                        + " group by lower(w.werkvorm), w.schaal")
                .setParameter("gemeente", gemeente).setParameter("eigen", eigen).setParameter("schaal", schaalNaam)
                .getResultList();
        List<WerkvormTelling> tellingen = rows.stream().map(r -> new WerkvormTelling((String) r[0],
                Schaal.valueOf((String) r[1]), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
        Number evaluaties = (Number) entityManager.createNativeQuery("select count(distinct w.evaluatie_id) " + MEETELLEND)
                .setParameter("gemeente", gemeente).setParameter("eigen", eigen).setParameter("schaal", schaalNaam)
                .getSingleResult();
        return new WerkvormEffectiviteitResponse(gemeente, schaal, evaluaties.longValue(),
                WerkvormRanglijst.rangschik(tellingen).stream().map(WerkvormScore::of).toList());
    }
}
