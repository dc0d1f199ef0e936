package nl.participatiesuite.apirules.notificaties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.Klok;

/**
 * The transactional outbox of issue 12: the {@code AuditInterceptor} hands every change of an {@link Auditeerbaar} object
 * here while Hibernate flushes it, and it becomes a row of {@code notificatie} on the same connection, in the same
 * transaction. A committed change therefore always has its notification, a rolled-back one never.
 *
 * <p>One row per object per transaction: a request that changes an initiatief and adds a statuswijziging to it is one
 * event, the most telling of its changes ({@link Wijziging#gewicht()}): an object deleted, created, a part of it created or
 * deleted (a state transition), the object changed, a part changed.
 */
@ApplicationScoped
public class NotificatieOutbox {

    private static final String INSERT = "insert into notificatie (id, tijdstip, kanaal, hoofd_id, resource, resource_id,"
            + " actie, gemeente, kernen) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning volgnummer";
    private static final String UPDATE = "update notificatie set resource = ?, resource_id = ?, actie = ? where volgnummer = ?";

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transacties;

    @Inject
    Klok klok;

    /** What one flush saw: this object ({@code object}, with {@code id}) was created, changed or deleted. */
    public void vastleggen(Auditeerbaar object, Object id, Actie actie) {
        if (!object.notificeerbaar()) {
            return;
        }
        Auditeerbaar.Hoofdobject hoofd = object.hoofdobject();
        String resourceId = id == null ? hoofd.id() : id.toString();
        Wijziging wijziging = new Wijziging(resourceNaam(object), resourceId, actie, resourceId.equals(hoofd.id()));
        Map<String, Vastgelegd> dezeTransactie = vastgelegdInDezeTransactie();
        String sleutel = hoofd.resource() + "/" + hoofd.id();
        Vastgelegd eerder = dezeTransactie.get(sleutel);
        try (Connection connection = dataSource.getConnection()) {
            if (eerder == null) {
                dezeTransactie.put(sleutel, new Vastgelegd(invoegen(connection, hoofd, wijziging), wijziging));
            } else if (wijziging.gewicht() > eerder.wijziging().gewicht()) {
                try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                    update.setString(1, wijziging.resource());
                    update.setString(2, wijziging.resourceId());
                    update.setString(3, wijziging.actie().code);
                    update.setLong(4, eerder.volgnummer());
                    update.executeUpdate();
                }
                dezeTransactie.put(sleutel, new Vastgelegd(eerder.volgnummer(), wijziging));
            }
        } catch (SQLException e) {
            // Failing the flush fails the change: a change subscribers would never hear of is not made.
            throw new IllegalStateException("Notificatie niet vastgelegd voor " + sleutel, e);
        }
    }

    private long invoegen(Connection connection, Auditeerbaar.Hoofdobject hoofd, Wijziging wijziging) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setTimestamp(2, Timestamp.from(klok.nu()));
            insert.setString(3, hoofd.resource());
            insert.setString(4, hoofd.id());
            insert.setString(5, wijziging.resource());
            insert.setString(6, wijziging.resourceId());
            insert.setString(7, wijziging.actie().code);
            insert.setString(8, hoofd.gemeente());
            insert.setString(9, JsonTekst.lijst(hoofd.kernen()));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Vastgelegd> vastgelegdInDezeTransactie() {
        if (transacties.getTransactionKey() == null) {
            // No transaction (a flush outside one cannot happen with @Transactional services): nothing to merge with.
            return new HashMap<>();
        }
        Map<String, Vastgelegd> map = (Map<String, Vastgelegd>) transacties.getResource(NotificatieOutbox.class);
        if (map == null) {
            map = new HashMap<>();
            transacties.putResource(NotificatieOutbox.class, map);
        }
        return map;
    }

    /** The kind of object as the event names it: the entity's name in lower case ({@code initiatiefstatuswijziging}). */
    static String resourceNaam(Auditeerbaar object) {
        Class<?> klasse = object.getClass();
        while (klasse.getSimpleName().contains("$")) {
            // A Hibernate proxy or enhanced subclass: name the entity itself.
            klasse = klasse.getSuperclass();
        }
        return klasse.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** What happened, as the ZGW Notificaties API names it. */
    public enum Actie {
        CREATE("create"), UPDATE("update"), DESTROY("destroy");

        public final String code;

        Actie(String code) {
            this.code = code;
        }
    }

    /** One change seen in a flush; {@code hoofdobject}: the change is of the object itself, not of a part. */
    record Wijziging(String resource, String resourceId, Actie actie, boolean hoofdobject) {

        /** How much a subscriber wants to hear of this change rather than of another of the same transaction. */
        int gewicht() {
            if (hoofdobject) {
                return switch (actie) {
                    case DESTROY -> 5;
                    case CREATE -> 4;
                    case UPDATE -> 2;
                };
            }
            return actie == Actie.UPDATE ? 1 : 3;
        }
    }

    private record Vastgelegd(long volgnummer, Wijziging wijziging) {
    }
}
