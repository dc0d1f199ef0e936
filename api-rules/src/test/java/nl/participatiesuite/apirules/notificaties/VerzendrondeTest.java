package nl.participatiesuite.apirules.notificaties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.participatiesuite.apirules.test.Ontvanger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several dispatchers on one database, as several pods: two at work together deliver every event exactly once, in
 * order per object; a dispatcher killed with SIGKILL in the middle of a delivery leaves its work to the other, which
 * delivers it. Real PostgreSQL, the real outbox tables (the api-rules migration), real HTTP to a receiver.
 */
class VerzendrondeTest {

    private static final String GEHEIM = "geheim-van-de-verzendronde-test-0123456789";
    private static final Duration BEGRENZING = Duration.ofSeconds(60);

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void database() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        String migratie = Files.readString(Path.of("src/main/resources/db/api-rules/R__api_rules_notificaties.sql"),
                StandardCharsets.UTF_8);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(migratie);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void twoDispatchersOnOneDatabaseDeliverEveryEventOnceInOrderPerObject() throws Exception {
        try (Ontvanger ontvanger = new Ontvanger(GEHEIM)) {
            abonneer(ontvanger, "GM0001");
            List<String> objecten = schrijf("GM0001", 50, 10);
            AtomicBoolean stoppen = new AtomicBoolean();
            List<Thread> verzenders = List.of(verzender(stoppen), verzender(stoppen));
            verzenders.forEach(Thread::start);

            List<Ontvanger.Ontvangen> ontvangen = ontvanger.wachtTot(l -> l.size() >= 500, BEGRENZING);
            stoppen.set(true);
            for (Thread t : verzenders) {
                t.join();
            }
            assertEquals(500, ontvangen.size());
            assertEquals(500, ontvangen.stream().map(Ontvanger.Ontvangen::id).distinct().count(), "no event twice");
            assertTrue(ontvangen.stream().allMatch(Ontvanger.Ontvangen::handtekeningKlopt));
            assertInOrderPerObject(ontvangen, objecten);
        }
    }

    @Test
    void aDispatcherKilledMidDeliveryLeavesItsEventsToTheOther() throws Exception {
        try (Ontvanger ontvanger = new Ontvanger(GEHEIM)) {
            abonneer(ontvanger, "GM0002");
            ontvanger.gedrag(Ontvanger.Gedrag.HANGEN);
            List<String> objecten = schrijf("GM0002", 5, 4);

            Process proces = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), VerzenderProces.class.getName(), postgres.getJdbcUrl("postgres", "postgres"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                long einde = System.nanoTime() + BEGRENZING.toNanos();
                while (ontvanger.pogingen() == 0 && System.nanoTime() < einde) {
                    Thread.sleep(20);
                }
                assertTrue(ontvanger.pogingen() > 0, "the other process started a delivery");
            } finally {
                // SIGKILL in the middle of the delivery: no shutdown hook, no rollback sent by the process.
                proces.destroyForcibly().waitFor();
            }
            ontvanger.gedrag(Ontvanger.Gedrag.OK);

            AtomicBoolean stoppen = new AtomicBoolean();
            Thread overgebleven = verzender(stoppen);
            overgebleven.start();
            List<Ontvanger.Ontvangen> ontvangen = ontvanger.wachtTot(
                    l -> l.stream().map(Ontvanger.Ontvangen::id).distinct().count() >= 20, BEGRENZING);
            stoppen.set(true);
            overgebleven.join();
            Map<String, Ontvanger.Ontvangen> uniek = new LinkedHashMap<>();
            ontvangen.forEach(o -> uniek.putIfAbsent(o.id(), o));
            assertEquals(20, uniek.size(), "every event delivered after the kill");
            assertInOrderPerObject(new ArrayList<>(uniek.values()), objecten);
        }
    }

    private static Thread verzender(AtomicBoolean stoppen) {
        Verzendronde ronde = new Verzendronde(dataSource, new TestInstellingen());
        return new Thread(() -> {
            while (!stoppen.get()) {
                try {
                    ronde.verdeel();
                    for (UUID abonnement : ronde.abonnementenMetWerk()) {
                        ronde.lever(abonnement);
                    }
                    Thread.sleep(10);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private static void abonneer(Ontvanger ontvanger, String gemeente) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into abonnement (id, versie, gemeente, callback_url, geheim, kanalen) values (?, 0, ?, ?, ?, ?::jsonb)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, gemeente);
            insert.setString(3, ontvanger.url());
            insert.setString(4, GEHEIM);
            insert.setString(5, "[{\"naam\":\"initiatieven\",\"acties\":[],\"kern\":null}]");
            insert.executeUpdate();
        }
    }

    /** {@code versies} changes of each of {@code aantal} objects, interleaved, each in a transaction of its own. */
    private static List<String> schrijf(String gemeente, int aantal, int versies) throws SQLException {
        List<String> objecten = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            objecten.add(UUID.randomUUID().toString());
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into notificatie (id, tijdstip, kanaal, hoofd_id, resource, resource_id, actie, gemeente)"
                        + " values (?, now(), 'initiatieven', ?, 'initiatief', ?, ?, ?)")) {
            for (int v = 0; v < versies; v++) {
                for (String object : objecten) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, object);
                    insert.setString(3, object);
                    insert.setString(4, v == 0 ? "create" : "update");
                    insert.setString(5, gemeente);
                    insert.executeUpdate();
                }
            }
        }
        return objecten;
    }

    private static void assertInOrderPerObject(List<Ontvanger.Ontvangen> ontvangen, List<String> objecten) {
        Map<String, Long> laatste = new HashMap<>();
        for (Ontvanger.Ontvangen event : ontvangen) {
            Long eerder = laatste.put(event.subject(), event.volgnummer());
            assertTrue(eerder == null || eerder < event.volgnummer(), "out of order for " + event.subject());
        }
        assertEquals(new java.util.HashSet<>(objecten), laatste.keySet());
    }
}
