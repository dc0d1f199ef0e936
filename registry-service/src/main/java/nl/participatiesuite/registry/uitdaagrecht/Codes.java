package nl.participatiesuite.registry.uitdaagrecht;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;

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

    /**
     * A code given twice is refused rather than silently dropped (strict input: no silent change of the data); each
     * repetition is named by its index.
     */
    static void geenDubbele(String veld, List<String> codes, List<Problem.InvalidParam> problems) {
        if (codes == null) {
            return;
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) != null && !gezien.add(codes.get(i))) {
                problems.add(new Problem.InvalidParam(veld + "[" + i + "]", InvalidParamCode.DUPLICATE,
                        codes.get(i) + " staat al eerder in " + veld + "."));
            }
        }
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
