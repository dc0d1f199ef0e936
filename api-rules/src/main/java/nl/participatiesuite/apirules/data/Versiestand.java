package nl.participatiesuite.apirules.data;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/**
 * Where one object stands now, read in one narrow query: its gemeente (for the access check) and the versions of
 * every row its answer shows. Each version grows with every write of its row (JPA {@code @Version}, also when only a
 * collection of the row changes), so while the versions stay the same the answer does too; a different stand means
 * a newer answer. {@code Weergaven} keeps answers by it.
 *
 * @param soort    the object's kind, as its 404 names it ("Evaluatie")
 * @param gemeente the gemeente the object belongs to
 * @param versies  the object's own version first, then those of the other rows its answer shows
 */
public record Versiestand(String soort, UUID id, String gemeente, List<Long> versies) {

    /** The version of a row the object does not refer to now (a left join that found nothing). */
    static final long GEEN_RIJ = -1;

    /**
     * Reads the stand with {@code sql}, which selects the gemeente and then one or more versions of the object whose
     * id is {@code :id}; no row is a 404 problem naming {@code soort}. Plain SQL, not HQL: this runs on every GET, and
     * the initiatief's stand as an HQL select with a subquery filled the old generation under load (full collections,
     * p99 near a second, 30 MiB more resident in a 256 MiB pod); the same read in SQL did not.
     */
    public static Versiestand lees(EntityManager entityManager, String soort, UUID id, String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = entityManager.createNativeQuery(sql, Object[].class).setParameter("id", id).getResultList();
        if (rijen.isEmpty()) {
            throw ProblemException.notFound(soort, id);
        }
        Object[] rij = rijen.get(0);
        List<Long> versies = new ArrayList<>(rij.length - 1);
        for (int i = 1; i < rij.length; i++) {
            versies.add(rij[i] == null ? GEEN_RIJ : ((Number) rij[i]).longValue());
        }
        return new Versiestand(soort, id, (String) rij[0], List.copyOf(versies));
    }
}
