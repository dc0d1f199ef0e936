package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Onveranderlijke kopieën voor de compacte constructors van records. Anders dan {@code List.copyOf}
 * verdragen ze {@code null}-elementen: die moeten de validatie bereiken om als overtreding gemeld te
 * worden in plaats van als NullPointerException bij het inlezen.
 */
final class Kopie {

    private Kopie() {
    }

    static <T> List<T> lijst(List<T> bron) {
        return bron == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(bron));
    }

    static <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> sleutel, Map<K, V> bron) {
        EnumMap<K, V> kopie = new EnumMap<>(sleutel);
        if (bron != null) {
            bron.forEach((k, v) -> {
                if (k != null) {
                    kopie.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(kopie);
    }

    /** Een {@code null} in een verzameling keuzes betekent niets; die valt weg in plaats van te falen. */
    static <K extends Enum<K>> Set<K> enumSet(Class<K> type, Set<K> bron) {
        EnumSet<K> kopie = EnumSet.noneOf(type);
        if (bron != null) {
            bron.stream().filter(e -> e != null).forEach(kopie::add);
        }
        return Collections.unmodifiableSet(kopie);
    }
}
