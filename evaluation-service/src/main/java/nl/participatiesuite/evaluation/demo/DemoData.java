package nl.participatiesuite.evaluation.demo;

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
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the demo data set of db/demo after the migrations, when the demo profile asks for it: Buren's
 * burgerpeiling and example reports. None of it is in db/migration, so a new gemeente's database starts
 * empty. Every script is idempotent, so every start of the demo may load it again; tests load one the same way.
 */
@ApplicationScoped
public class DemoData {

    /** Buren's stellingen with their 2019 metingen and 2023 doelen. */
    public static final String BURGERPEILING_BUREN = "db/demo/burgerpeiling_buren.sql";
    /** Three example reports, two of Buren (GM0214) and one of GM0109. */
    public static final String EVALUATIES = "db/demo/evaluaties.sql";

    static final List<String> SCRIPTS = List.of(BURGERPEILING_BUREN, EVALUATIES);

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final AgroalDataSource dataSource;

    DemoData(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void load(@Observes StartupEvent start, DemoDataConfig config) throws SQLException {
        if (!config.enabled()) {
            return;
        }
        for (String script : SCRIPTS) {
            laad(script);
        }
        LOG.info("Demodata geladen uit " + String.join(", ", SCRIPTS));
    }

    /** Runs one script of db/demo; loading it again changes nothing. */
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
