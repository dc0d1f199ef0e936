package nl.participatiesuite.apirules.notificaties;

import java.util.List;
import java.util.stream.Collectors;

/** A list of ids as a JSON array, for a jsonb column, without an ObjectMapper in the middle of a flush. */
final class JsonTekst {

    private JsonTekst() {
    }

    static String lijst(List<String> waarden) {
        return waarden.stream()
                .map(w -> "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
