package nl.participatiesuite.apirules.input;

import java.util.UUID;

/**
 * Ids in query parameters arrive as text and are checked with {@link #UUID_PATTERN}: a malformed id
 * then is a 400 naming the parameter (JAX-RS would answer a failed query conversion with 404).
 */
public final class Ids {

    public static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private Ids() {
    }

    public static UUID parse(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
