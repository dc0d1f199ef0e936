package nl.participatiesuite.evaluation.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * The production migrations with the Flyway settings of application.properties: a new database holds
 * no burgerpeiling, and a database that applied the removed V2 (Buren's rows) still migrates and keeps them.
 */
class FlywayMigratiesTest {

    private static final String MIGRATIES = "classpath:db/migration";
    /** Stands for the next production migration, V5 (V4 is the lists' newest-first order of cursor paging). */
    private static final String VOLGENDE = "classpath:db/volgende";
    private static final List<String> TABELLEN = List.of("burgerpeiling_stelling", "burgerpeiling_meting", "burgerpeiling_doel");

    /**
     * The removed V2 as a database that applied it knows it: version 2, with Buren's rows. It inserted
     * what the demo data set holds now (same ids), so the demo script stands in for its SQL.
     */
    static class V2__Burgerpeiling_buren extends BaseJavaMigration {

        @Override
        public void migrate(Context context) throws Exception {
            try (Statement statement = context.getConnection().createStatement();
                    InputStream script = getClass().getClassLoader().getResourceAsStream(DemoDataTest.BURGERPEILING_BUREN)) {
                statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aNewDatabaseHasNoStellingenMetingenOrDoelen() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            productie(database).migrate();
            assertEquals(List.of(0L, 0L, 0L), aantallen(database));
        }
    }

    @Test
    void aDatabaseThatAppliedTheRemovedV2StillMigratesAndKeepsBurensRows() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = metVroegereV2(postgres);
            productie(database).migrate();
            assertEquals(List.of(7L, 7L, 7L), aantallen(database));
            // Once a later migration exists, Flyway counts the applied V2 it cannot find as missing and
            // by default refuses to start: what ignore-migration-patterns is configured for.
            assertThrows(FlywayValidateException.class, () -> Flyway.configure().dataSource(database)
                    .locations(MIGRATIES, VOLGENDE).load().migrate());
            productie(database, VOLGENDE).migrate();
            assertEquals(List.of(7L, 7L, 7L), aantallen(database));
        }
    }

    /** A database as production ones are: migrated while V2 still seeded Buren's burgerpeiling. */
    private static DataSource metVroegereV2(EmbeddedPostgres postgres) {
        DataSource database = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(database).locations(MIGRATIES).javaMigrations(new V2__Burgerpeiling_buren())
                .load().migrate();
        return database;
    }

    /** Flyway as application.properties configures it, with extra locations. */
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

    private static List<Long> aantallen(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<Long> aantallen = new ArrayList<>();
            for (String tabel : TABELLEN) {
                try (ResultSet rs = statement.executeQuery("select count(*) from " + tabel)) {
                    rs.next();
                    aantallen.add(rs.getLong(1));
                }
            }
            return aantallen;
        }
    }
}
