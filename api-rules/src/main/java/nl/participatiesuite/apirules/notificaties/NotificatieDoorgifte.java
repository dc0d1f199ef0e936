package nl.participatiesuite.apirules.notificaties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hands a received notification to every replica of this service. The subscribing service is one URL (its Kubernetes
 * Service), so one replica receives each delivery; PostgreSQL's {@code NOTIFY} on the database they share tells all of
 * them, this one included, and each fires {@link OntvangenNotificatie} for its own observers.
 */
@ApplicationScoped
@IfBuildProperty(name = "suite.ontvangen.notificaties", stringValue = "true")
public class NotificatieDoorgifte {

    static final String KANAAL = "suite_notificaties";
    private static final Logger LOG = Logger.getLogger(NotificatieDoorgifte.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final Event<OntvangenNotificatie> gebeurtenis;
    private volatile boolean stoppen;
    private Thread luisteraar;

    NotificatieDoorgifte(DataSource dataSource, Event<OntvangenNotificatie> gebeurtenis) {
        this.dataSource = dataSource;
        this.gebeurtenis = gebeurtenis;
    }

    void geefDoor(OntvangenNotificatie notificatie) {
        try (Connection c = dataSource.getConnection(); PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, KANAAL);
            notify.setString(2, JSON.writeValueAsString(notificatie));
            notify.execute();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Notificatie niet doorgegeven", e);
        }
    }

    void start(@Observes StartupEvent start) {
        luisteraar = new Thread(this::luister, "notificaties-luisteraar");
        luisteraar.setDaemon(true);
        luisteraar.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        stoppen = true;
    }

    private void luister() {
        while (!stoppen) {
            try (Connection c = dataSource.getConnection(); Statement listen = c.createStatement()) {
                listen.execute("listen " + KANAAL);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stoppen) {
                    PGNotification[] binnen = pg.getNotifications(500);
                    if (binnen != null) {
                        for (PGNotification n : binnen) {
                            vuur(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // A notification missed while the database is away is covered by the caches' time-based refresh.
                LOG.warnf("Notificaties: luisteren onderbroken (%s); opnieuw", e.getClass().getSimpleName());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException onderbroken) {
                    return;
                }
            }
        }
    }

    private void vuur(String inhoud) {
        try {
            gebeurtenis.fire(JSON.readValue(inhoud, OntvangenNotificatie.class));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warnf("Notificaties: verwerking mislukt (%s)", e.getClass().getSimpleName());
        }
    }
}
