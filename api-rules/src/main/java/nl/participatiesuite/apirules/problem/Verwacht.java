package nl.participatiesuite.apirules.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The JSON type a field expects, in words a client understands ("een geheel getal"), never a Java class name. */
final class Verwacht {

    private Verwacht() {
    }

    static String omschrijving(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "een geheel getal (zonder decimalen of aanhalingstekens)";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
                || type == Float.class) {
            return "een getal (zonder aanhalingstekens)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true of false";
        }
        if (type == String.class || type.isEnum()) {
            return "een tekst (tussen aanhalingstekens)";
        }
        if (type == LocalDate.class) {
            return "een datum (JJJJ-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "een tijdstip (JJJJ-MM-DDTuu:mm:ssZ)";
        }
        if (type == UUID.class) {
            return "een UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "een lijst";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "een object";
        }
        return "een waarde van het juiste type";
    }
}
