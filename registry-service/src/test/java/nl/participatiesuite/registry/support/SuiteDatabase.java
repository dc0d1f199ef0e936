package nl.participatiesuite.registry.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The local run command's database: one embedded PostgreSQL with a database per service. It lives
 * in test scope so that no production artifact carries PostgreSQL binaries.
 * Usage: SuiteDatabase PORT DATABASE...
 */
public final class SuiteDatabase {

    private SuiteDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                statement.execute("CREATE DATABASE " + args[i]);
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
