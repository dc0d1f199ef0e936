package nl.participatiesuite.evaluation.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

/**
 * The production migrations on their own: a new database holds no burgerpeiling, and a database that
 * applied the removed V2 (Buren's rows) still migrates with the configured Flyway settings and keeps its rows.
 */
class FlywayMigratiesTest {

    private static final String MIGRATIES = "classpath:db/migration";
    /** Stands for the next production migration, V3. */
    private static final String VOLGENDE = "classpath:db/volgende";

    @Test
    void aNewDatabaseHasNoStellingenMetingenOrDoelen() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            productie(database).migrate();
            assertEquals(0, aantal(database, "burgerpeiling_stelling"));
            assertEquals(0, aantal(database, "burgerpeiling_meting"));
            assertEquals(0, aantal(database, "burgerpeiling_doel"));
        }
    }

    @Test
    void aDatabaseThatAppliedTheRemovedV2StillStartsAndKeepsBurensRows() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = metVroegereV2(postgres);
            productie(database).migrate();
            assertEquals(7, aantal(database, "burgerpeiling_stelling"));
            assertEquals(7, aantal(database, "burgerpeiling_meting"));
            assertEquals(7, aantal(database, "burgerpeiling_doel"));
        }
    }

    @Test
    void afterTheNextMigrationTheRemovedV2StillDoesNotStopTheStart() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = metVroegereV2(postgres);
            // Once a later migration exists, Flyway counts the applied V2 it cannot find as missing and
            // (by default) refuses to start: what ignore-migration-patterns is configured for.
            assertThrows(FlywayValidateException.class, () -> Flyway.configure().dataSource(database)
                    .locations(MIGRATIES, VOLGENDE).load().migrate());
            productie(database, VOLGENDE).migrate();
            assertEquals(7, aantal(database, "burgerpeiling_stelling"));
        }
    }

    /** A database as production ones are: migrated when V2 still seeded Buren's burgerpeiling. */
    private static DataSource metVroegereV2(EmbeddedPostgres postgres) {
        DataSource database = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(database).locations(MIGRATIES, "classpath:db/vroeger").load().migrate();
        return database;
    }

    /** Flyway as application.properties configures it. */
    private static Flyway productie(DataSource database, String... meer) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FlywayMigratiesTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        FluentConfiguration flyway = Flyway.configure().dataSource(database)
                .locations(Stream.concat(Stream.of(properties.getProperty("quarkus.flyway.locations").split(",")),
                        Stream.of(meer)).toArray(String[]::new));
        String negeren = properties.getProperty("quarkus.flyway.ignore-migration-patterns");
        return (negeren == null ? flyway : flyway.ignoreMigrationPatterns(negeren.split(","))).load();
    }

    private static long aantal(DataSource database, String tabel) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + tabel)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
