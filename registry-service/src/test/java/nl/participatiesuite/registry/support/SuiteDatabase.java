package nl.participatiesuite.registry.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The local run command's database: one embedded PostgreSQL with a database per service. It lives
 * in test scope so that no production artifact carries PostgreSQL binaries.
 * Usage: SuiteDatabase PORT DATABASE...
 * <p>
 * With SUITE_DB_DATA set to a directory, the data lives there and survives a stop: a later start on the same
 * directory finds the databases again (the restart test stops and starts PostgreSQL under a running service). That
 * mode also keeps PostgreSQL's own durability (synchronous_commit on, which the embedded default turns off), so an
 * acknowledged commit is on disk as in production.
 */
public final class SuiteDatabase {

    private SuiteDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String data = System.getenv("SUITE_DB_DATA");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
        if (data != null && !data.isBlank()) {
            builder.setDataDirectory(Path.of(data)).setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            for (int i = 1; i < args.length; i++) {
                exists.setString(1, args[i]);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        statement.execute("CREATE DATABASE " + args[i]);
                    }
                }
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL stopped with: " + e.getMessage());
            }
        }));
        System.out.println("SUITE-DATABASE-READY jdbc:postgresql://localhost:" + port + "/");
        new CountDownLatch(1).await();
    }
}
