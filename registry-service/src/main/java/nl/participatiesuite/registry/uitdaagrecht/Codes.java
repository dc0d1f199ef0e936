package nl.participatiesuite.registry.uitdaagrecht;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A set of enum codes in one text column ("KWALITEIT,KOSTEN"), in the order of the enum: a verzoek's few
 * motiveringsgronden and weigeringsgronden need no table of their own, and the audit trail shows them as one value.
 */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> String samen(Class<E> type, Collection<String> codes) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (codes != null) {
            codes.forEach(code -> set.add(Enum.valueOf(type, code)));
        }
        return set.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> String samenVan(Collection<E> waarden) {
        return waarden.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> List<E> los(Class<E> type, String kolom) {
        List<E> waarden = new ArrayList<>();
        if (kolom != null && !kolom.isEmpty()) {
            for (String code : kolom.split(",")) {
                waarden.add(Enum.valueOf(type, code));
            }
        }
        return waarden;
    }

    static List<String> namen(Collection<? extends Enum<?>> waarden) {
        return waarden.stream().map(Enum::name).toList();
    }
}
