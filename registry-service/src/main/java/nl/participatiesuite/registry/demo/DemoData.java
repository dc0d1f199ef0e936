package nl.participatiesuite.registry.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Loads the Buren demo data set of db/demo after the migrations, when the demo profile asks for it.
 * The script is idempotent, so every start of the demo may load it again.
 */
@ApplicationScoped
public class DemoData {

    static final String SCRIPT = "db/demo/buren.sql";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    void load(@Observes StartupEvent start, DemoDataConfig config, AgroalDataSource dataSource) throws SQLException {
        if (!config.enabled()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script());
        }
        LOG.info("Demodata Buren geladen uit " + SCRIPT);
    }

    private static String script() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " ontbreekt in de build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
