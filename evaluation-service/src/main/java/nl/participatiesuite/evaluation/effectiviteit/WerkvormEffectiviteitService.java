package nl.participatiesuite.evaluation.effectiviteit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.participatiesuite.evaluation.regels.Schaal;
import nl.participatiesuite.evaluation.regels.WerkvormRanglijst;
import nl.participatiesuite.evaluation.regels.WerkvormTelling;

/**
 * Sums the ratings the database holds; {@link WerkvormRanglijst} turns the sums into the ranking.
 * The reports that count are the gemeente's own plus those other gemeenten shared. Werkvorm names are
 * grouped without regard to capitals, as writers spell "Enquête" and "enquête" alike.
 */
@ApplicationScoped
public class WerkvormEffectiviteitService {

    private static final String MEETELLEND = """
            from evaluatie_werkvorm w join evaluatie e on e.id = w.evaluatie_id
            where (e.gemeente_code = :gemeente or e.gedeeld)
              and (cast(:schaal as varchar) is null or w.schaal = cast(:schaal as varchar))
            """;

    private final EntityManager entityManager;

    WerkvormEffectiviteitService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public WerkvormEffectiviteitResponse bereken(String gemeente, Schaal schaal) {
        String schaalNaam = schaal == null ? null : schaal.name();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select min(w.werkvorm), w.schaal, sum(w.waardering), count(*) " + MEETELLEND
                        + " group by lower(w.werkvorm), w.schaal")
                .setParameter("gemeente", gemeente).setParameter("schaal", schaalNaam).getResultList();
        List<WerkvormTelling> tellingen = rows.stream().map(r -> new WerkvormTelling((String) r[0],
                Schaal.valueOf((String) r[1]), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
        Number evaluaties = (Number) entityManager.createNativeQuery("select count(distinct w.evaluatie_id) " + MEETELLEND)
                .setParameter("gemeente", gemeente).setParameter("schaal", schaalNaam).getSingleResult();
        return new WerkvormEffectiviteitResponse(gemeente, schaal, evaluaties.longValue(),
                WerkvormRanglijst.rangschik(tellingen).stream().map(WerkvormScore::of).toList());
    }
}
