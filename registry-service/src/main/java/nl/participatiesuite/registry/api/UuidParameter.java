package nl.participatiesuite.registry.api;

/**
 * A UUID in a query string is taken as text with this pattern: a malformed one is then a 400 that
 * names the parameter, where a UUID-typed query parameter would make JAX-RS answer 404.
 */
public final class UuidParameter {

    public static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private UuidParameter() {
    }
}
