package nl.participatiesuite.apirules.data;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Loads a service's demo data set after the migrations when the demo profile asks for it
 * ({@code suite.demo-data.enabled}, env {@code SUITE_DEMO_DATA_ENABLED}). The scripts
 * ({@code suite.demo-data.scripts}, classpath resources under db/demo) are idempotent, so every start
 * of the demo may load them again. They are not Flyway locations on purpose: those are fixed at build
 * time, and a production database must start empty.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** The demo data set of a service. */
    @ConfigMapping(prefix = "suite.demo-data")
    public interface Config {

        @WithDefault("false")
        boolean enabled();

        /** The scripts in the order they load. */
        Optional<List<String>> scripts();
    }

    private final AgroalDataSource dataSource;

    DemoData(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void load(@Observes StartupEvent start, Config config) throws SQLException {
        load(config);
    }

    /** Loads every configured script when the data set is enabled. */
    public void load(Config config) throws SQLException {
        if (!config.enabled()) {
            return;
        }
        List<String> scripts = config.scripts().orElse(List.of());
        for (String script : scripts) {
            laad(script);
        }
        LOG.info("Demodata geladen uit " + String.join(", ", scripts));
    }

    /** Runs one script; loading it again changes nothing. Tests that need part of the demo data use this. */
    public void laad(String script) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(tekst(script));
        }
    }

    private static String tekst(String script) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException(script + " ontbreekt in de build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
