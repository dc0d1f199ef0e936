package nl.participatiesuite.apirules.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The rows of every table of the service's database: proof that a refused request stored nothing. */
public final class Rijen {

    private Rijen() {
    }

    /** Runs a request and proves the database holds exactly as many rows afterwards, audit trail included. */
    public static void nietsOpgeslagen(DataSource dataSource, Runnable request) {
        long before = totaal(dataSource);
        request.run();
        assertEquals(before, totaal(dataSource), "the refused request changed the database");
    }

    public static long totaal(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename <> 'flyway_schema_history'"
                    // The dispatcher's own bookkeeping, written in the background from earlier committed changes: a
                    // request never writes it, and the outbox rows it comes from (notificatie) are counted.
                    + " and tablename <> 'aflevering'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            long total = 0;
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
