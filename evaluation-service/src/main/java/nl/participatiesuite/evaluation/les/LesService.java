package nl.participatiesuite.evaluation.les;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.evaluation.evaluatie.Evaluatie;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieVoorwaarden;
import nl.participatiesuite.evaluation.evaluatie.Lessoort;

/**
 * Lessons per kern and per theme (domain.md §3, aggregates). A lesson is a leerpunt or a knelpunt;
 * the list can also show succesfactoren when asked. Only the gemeente's own reports count: other
 * gemeenten's shared reports are read through the leerzame voorbeelden. Because the gemeente's reports
 * that are not shared count too, the lessons and their counts are for the gemeente's own raadplegers only
 * (domain.md §4), never public.
 */
@ApplicationScoped
public class LesService {

    private static final String TELLINGEN = """
            count(distinct e.id),
            count(l.positie) filter (where l.soort = 'LEERPUNT'),
            count(l.positie) filter (where l.soort = 'KNELPUNT'),
            count(l.positie) filter (where not l.in_regels)
            """;
    private static final String LESSEN = """
            left join evaluatie_les l on l.evaluatie_id = e.id and l.soort in ('LEERPUNT', 'KNELPUNT')
            where e.gemeente_code = :gemeente
            """;

    /** Newest report first, as the list of reports (evaluatie_lijst_idx), then the lesson's place in it. */
    private static final Sort NIEUWSTE_VERSLAG_EERST = Sort.by("e.aangemaaktOp", Sort.Direction.Descending)
            .and("e.id", Sort.Direction.Descending).and("index(l)").disableEscaping();

    private final EntityManager entityManager;
    private final Beller beller;

    LesService(EntityManager entityManager, Beller beller) {
        this.entityManager = entityManager;
        this.beller = beller;
    }

    public Page<LesRij> list(String gemeente, UUID kern, String thema, Lessoort soort, Boolean inRegels, PageRequest page) {
        EvaluatieVoorwaarden voorwaarden = new EvaluatieVoorwaarden()
                .gemeente(beller.eigenGemeente(gemeente))
                .als(soort == null ? List.of(Lessoort.LEERPUNT, Lessoort.KNELPUNT) : List.of(soort), "soorten",
                        "l.soort in (:soorten)")
                .kern(kern)
                .thema(thema)
                .als(inRegels, "inRegels", "l.inRegels = :inRegels");
        String from = "from Evaluatie e join e.lessen l" + voorwaarden.where();
        // A lesson is identified by its report and its place in it: the sort ends in both.
        PanacheQuery<LesRij> query = Evaluatie.find("select e, l " + from, NIEUWSTE_VERSLAG_EERST, voorwaarden.parameters())
                .project(LesRij.class);
        // Counted unsorted, one row per lesson.
        return Paging.page(query, Evaluatie.find(from, voorwaarden.parameters()), page);
    }

    public LessenPerKern perKern(String gemeente) {
        beller.controleerLezen(gemeente);
        List<LessenPerKern.Kern> kernen = tellingen("""
                select k.kern_id, %s
                from evaluatie e join evaluatie_kern k on k.evaluatie_id = e.id
                %s group by k.kern_id order by count(l.positie) desc, k.kern_id
                """, gemeente).stream()
                .map(r -> new LessenPerKern.Kern((UUID) r[0], lestelling(r))).toList();
        return new LessenPerKern(gemeente, kernen);
    }

    public LessenPerThema perThema(String gemeente) {
        beller.controleerLezen(gemeente);
        List<LessenPerThema.Thema> themas = tellingen("""
                select t.thema, %s
                from evaluatie e join evaluatie_thema t on t.evaluatie_id = e.id
                %s group by t.thema order by count(l.positie) desc, t.thema
                """, gemeente).stream()
                .map(r -> new LessenPerThema.Thema((String) r[0], lestelling(r))).toList();
        return new LessenPerThema(gemeente, themas);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> tellingen(String sql, String gemeente) {
        return entityManager.createNativeQuery(sql.formatted(TELLINGEN, LESSEN))
                .setParameter("gemeente", gemeente).getResultList();
    }

    private static Lestelling lestelling(Object[] row) {
        return new Lestelling(((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue());
    }

}
