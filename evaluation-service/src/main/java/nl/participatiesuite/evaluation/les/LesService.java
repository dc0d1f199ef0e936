package nl.participatiesuite.evaluation.les;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.evaluation.evaluatie.Evaluatie;
import nl.participatiesuite.evaluation.evaluatie.Les;
import nl.participatiesuite.evaluation.evaluatie.Lessoort;

/**
 * Lessons per kern and per theme (domain.md §3, aggregates). A lesson is a leerpunt or a knelpunt;
 * the list can also show succesfactoren when asked. Only the gemeente's own reports count: other
 * gemeenten's shared reports are read through the leerzame voorbeelden.
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

    private final EntityManager entityManager;

    LesService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<LesItem> list(String gemeente, UUID kern, String thema, Lessoort soort, Boolean inRegels, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("e.gemeente = :gemeente"));
        Map<String, Object> params = new HashMap<>(Map.of("gemeente", gemeente));
        if (soort == null) {
            where.add("l.soort in (:soorten)");
            params.put("soorten", List.of(Lessoort.LEERPUNT, Lessoort.KNELPUNT));
        } else {
            where.add("l.soort = :soort");
            params.put("soort", soort);
        }
        if (kern != null) {
            where.add(":kern member of e.kernIds");
            params.put("kern", kern);
        }
        if (thema != null && !thema.isBlank()) {
            where.add(":thema member of e.themas");
            params.put("thema", thema.strip().toLowerCase(Locale.ROOT));
        }
        if (inRegels != null) {
            where.add("l.inRegels = :inRegels");
            params.put("inRegels", inRegels);
        }
        String from = " from Evaluatie e join e.lessen l where " + String.join(" and ", where);
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select e, l" + from + " order by e.aangemaaktOp desc, e.id, index(l)", Object[].class);
        TypedQuery<Long> count = entityManager.createQuery("select count(l)" + from, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<LesItem> items = query.setFirstResult(page.offset()).setMaxResults(page.pageSize).getResultList().stream()
                .map(row -> item((Evaluatie) row[0], (Les) row[1])).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    public LessenPerKern perKern(String gemeente) {
        List<LessenPerKern.Kern> kernen = tellingen("""
                select k.kern_id, %s
                from evaluatie e join evaluatie_kern k on k.evaluatie_id = e.id
                %s group by k.kern_id order by count(l.positie) desc, k.kern_id
                """, gemeente).stream()
                .map(r -> new LessenPerKern.Kern((UUID) r[0], lestelling(r))).toList();
        return new LessenPerKern(gemeente, kernen);
    }

    public LessenPerThema perThema(String gemeente) {
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

    private static LesItem item(Evaluatie e, Les les) {
        return new LesItem(e.id, e.initiatiefTitel, les.soort, les.tekst, les.inRegels, List.copyOf(e.kernIds),
                List.copyOf(e.themas), e.aangemaaktOp);
    }
}
