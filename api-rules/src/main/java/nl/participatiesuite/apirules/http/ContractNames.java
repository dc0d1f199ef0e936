package nl.participatiesuite.apirules.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The service's own schema names, for the schemas whose generated name would mislead an integrator who generates
 * all three contracts into one namespace (issue 13): a name another service uses for something else (the
 * assessment's {@code Initiatiefnemer} enum against the registry's object), or one the generator numbered
 * ({@code Signalering1}). {@code META-INF/openapi-schemanamen.properties}: generated name = contract name.
 */
final class ContractNames {

    static final String EIGEN_NAMEN = "META-INF/openapi-schemanamen.properties";

    private ContractNames() {
    }

    /**
     * A resource of the service, or null. The contract is built while Quarkus builds the service: its resources are
     * on the thread's class loader, not on api-rules' own.
     */
    static InputStream open(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : ContractNames.class.getClassLoader();
        return loader.getResourceAsStream(resource);
    }

    /** The lines of a properties resource of the service (empty when it has none), sorted by key. */
    static Map<String, String> properties(String resource) {
        Properties lines = new Properties();
        try (InputStream in = open(resource)) {
            if (in != null) {
                lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
        Map<String, String> sorted = new TreeMap<>();
        lines.forEach((key, value) -> sorted.put(key.toString(), value.toString().trim()));
        return sorted;
    }
}
