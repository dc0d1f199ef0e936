package nl.participatiesuite.assessment.engine;

import java.util.List;

/** Nederlandse opsomming voor onderbouwingszinnen: "a", "a en b", "a, b en c". */
final class Opsomming {

    private Opsomming() {
    }

    static String van(List<String> delen) {
        if (delen.isEmpty()) {
            return "";
        }
        if (delen.size() == 1) {
            return delen.get(0);
        }
        return String.join(", ", delen.subList(0, delen.size() - 1)) + " en " + delen.get(delen.size() - 1);
    }
}
