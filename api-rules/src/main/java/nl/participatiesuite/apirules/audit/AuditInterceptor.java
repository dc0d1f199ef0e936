package nl.participatiesuite.apirules.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.notificaties.NotificatieOutbox;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Interceptor;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;

/**
 * The audit trail of domain.md §4: every create, change and delete of an {@link Auditeerbaar} entity is
 * recorded while Hibernate flushes it, on the same connection and in the same transaction (a rolled-back change
 * leaves no entry, a committed one always has one). Who: the verified token's subject, name, client and
 * gemeente. What: the changed fields with old and new value; a {@link Persoonsgegeven} field only as a
 * pseudonym. The entity's own INSERT follows later in the same flush; no foreign key ties the two.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    /** Bookkeeping fields whose change says nothing the version does not. */
    private static final Set<String> NIET_VASTGELEGD = Set.of("aangemaaktOp", "gewijzigdOp");

    private static final String INSERT = "insert into audittrail (id, aanmaakdatum, bron, hoofd_resource, hoofd_id,"
            + " gemeente, resource, resource_id, actie, gebruikers_id, gebruikers_weergave, gebruikers_gemeente, applicatie_id,"
            + " wijzigingen)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Klok klok;

    @Inject
    NotificatieOutbox outbox;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "participatie-suite")
    String bron;

    @ConfigProperty(name = "suite.audit.pseudoniem-sleutel")
    String pseudoniemSleutel;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof Auditeerbaar auditeerbaar) {
            Map<String, Object> nieuw = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                if (state[i] != null && !NIET_VASTGELEGD.contains(names[i])) {
                    nieuw.put(names[i], waarde(entity, names[i], state[i]));
                }
            }
            vastleggen(auditeerbaar, id, Actie.AANGEMAAKT, Map.of(), nieuw);
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] state, Object[] previous, String[] names, Type[] types) {
        if (entity instanceof Auditeerbaar auditeerbaar && previous != null) {
            Map<String, Object> oud = new LinkedHashMap<>();
            Map<String, Object> nieuw = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                if (!NIET_VASTGELEGD.contains(names[i]) && !(state[i] instanceof Collection<?>)
                        && !Objects.equals(state[i], previous[i])) {
                    oud.put(names[i], waarde(entity, names[i], previous[i]));
                    nieuw.put(names[i], waarde(entity, names[i], state[i]));
                }
            }
            if (!nieuw.isEmpty()) {
                vastleggen(auditeerbaar, id, Actie.GEWIJZIGD, oud, nieuw);
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof Auditeerbaar auditeerbaar) {
            Map<String, Object> oud = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                if (state[i] != null && !NIET_VASTGELEGD.contains(names[i])) {
                    oud.put(names[i], waarde(entity, names[i], state[i]));
                }
            }
            vastleggen(auditeerbaar, id, Actie.VERWIJDERD, oud, Map.of());
        }
    }

    /**
     * A changed collection of an existing object (the kernen of a kernambtenaar): old and new members. A
     * collection that was replaced by one with the same members is no change.
     */
    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        if (collection instanceof PersistentCollection<?> lijst && lijst.getOwner() instanceof Auditeerbaar eigenaar) {
            String veld = lijst.getRole().substring(lijst.getRole().lastIndexOf('.') + 1);
            Object oud = waarde(eigenaar, veld, leden(lijst.getStoredSnapshot()));
            Object nieuw = waarde(eigenaar, veld, leden(lijst.getValue()));
            if (!sameMembers(oud, nieuw)) {
                vastleggen(eigenaar, key, Actie.GEWIJZIGD, Map.of(veld, oud), Map.of(veld, nieuw));
            }
        }
    }

    /** The members of a collection or of Hibernate's snapshot of it (a map for sets and maps). */
    private static Collection<?> leden(Object collection) {
        if (collection instanceof Map<?, ?> map) {
            return map.values();
        }
        return collection instanceof Collection<?> lijst ? lijst : List.of();
    }

    private static boolean sameMembers(Object oud, Object nieuw) {
        return oud instanceof List<?> a && nieuw instanceof List<?> b
                ? new java.util.HashSet<>(a).equals(new java.util.HashSet<>(b)) && a.size() == b.size()
                : Objects.equals(oud, nieuw);
    }

    private Object waarde(Object entity, String veld, Object waarde) {
        if (isPersoonsgegeven(entity.getClass(), veld)) {
            return Pseudoniem.van(waarde, pseudoniemSleutel.getBytes(StandardCharsets.UTF_8));
        }
        return AuditWaarde.van(waarde, this::pseudoniem);
    }

    private String pseudoniem(Object waarde) {
        return Pseudoniem.van(waarde, pseudoniemSleutel.getBytes(StandardCharsets.UTF_8));
    }

    static boolean isPersoonsgegeven(Class<?> type, String veld) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(veld) && !Modifier.isStatic(field.getModifiers())) {
                    return field.isAnnotationPresent(Persoonsgegeven.class) || field.isAnnotationPresent(Geheim.class);
                }
            }
        }
        return false;
    }

    private void vastleggen(Auditeerbaar object, Object id, Actie actie, Map<String, Object> oud, Map<String, Object> nieuw) {
        Auditeerbaar.Hoofdobject hoofd = object.hoofdobject();
        Beller beller = Arc.container().requestContext().isActive() ? Arc.container().instance(Beller.class).get() : null;
        boolean persoon = beller != null && !beller.isAnoniem();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setTimestamp(2, Timestamp.from(klok.nu()));
            insert.setString(3, bron);
            insert.setString(4, hoofd.resource());
            insert.setString(5, hoofd.id());
            insert.setString(6, hoofd.gemeente());
            insert.setString(7, object.getClass().getSimpleName());
            insert.setString(8, id == null ? null : id.toString());
            insert.setString(9, actie.code);
            insert.setString(10, persoon ? beller.subject() : "systeem");
            insert.setString(11, persoon ? beller.naam() : null);
            insert.setString(12, persoon ? beller.gemeente() : null);
            insert.setString(13, persoon ? beller.clientId() : null);
            insert.setString(14, json.writeValueAsString(Map.of("oud", oud, "nieuw", nieuw)));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            // Failing the flush fails the change: a change that cannot be audited is not made.
            throw new IllegalStateException("Audit trail not written for " + hoofd.resource() + " " + hoofd.id(), e);
        }
        // Every audited change is also told to subscribers, in the same transaction (issue 12's outbox).
        outbox.vastleggen(object, id, actie.notificatie);
    }

    enum Actie {
        AANGEMAAKT(NotificatieOutbox.Actie.CREATE), GEWIJZIGD(NotificatieOutbox.Actie.UPDATE),
        VERWIJDERD(NotificatieOutbox.Actie.DESTROY);

        /** The ZGW audit trail's action codes, the same as the notifications'. */
        final String code;
        final NotificatieOutbox.Actie notificatie;

        Actie(NotificatieOutbox.Actie notificatie) {
            this.code = notificatie.code;
            this.notificatie = notificatie;
        }
    }

    /**
     * Values as the trail stores them: texts, numbers, enums and times as they are; references to other objects by
     * id; embedded objects (@Embeddable) field by field; anything else as its text.
     */
    static final class AuditWaarde {

        private AuditWaarde() {
        }

        static Object van(Object waarde, java.util.function.Function<Object, String> pseudoniem) {
            if (waarde == null || waarde instanceof String || waarde instanceof Number || waarde instanceof Boolean) {
                return waarde;
            }
            if (waarde instanceof Enum<?> e) {
                return e.name();
            }
            if (waarde instanceof TemporalAccessor || waarde instanceof UUID) {
                return waarde.toString();
            }
            if (waarde instanceof Collection<?> lijst) {
                List<Object> items = new ArrayList<>();
                for (Object item : lijst) {
                    items.add(van(item, pseudoniem));
                }
                return items;
            }
            if (waarde instanceof org.hibernate.proxy.HibernateProxy proxy) {
                // A lazy reference: its id, without loading it in the middle of a flush.
                return String.valueOf(proxy.getHibernateLazyInitializer().getIdentifier());
            }
            if (waarde instanceof Auditeerbaar object) {
                // A reference to another object: its id, never its contents (which may point back here).
                Field id = veld(waarde.getClass(), "id");
                Object sleutel = id == null ? null : lees(id, waarde);
                return sleutel != null ? sleutel.toString() : object.hoofdobject().id();
            }
            if (!waarde.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
                return waarde.toString();
            }
            Map<String, Object> velden = new LinkedHashMap<>();
            for (Field field : waarde.getClass().getDeclaredFields()) {
                // Hibernate's bytecode enhancement adds fields of its own ($$_hibernate_compositeOwners): not data.
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
                        && !field.getName().startsWith("$$_hibernate")) {
                    Object inhoud = lees(field, waarde);
                    velden.put(field.getName(), field.isAnnotationPresent(Persoonsgegeven.class)
                            ? pseudoniem.apply(inhoud) : van(inhoud, pseudoniem));
                }
            }
            return velden;
        }

        private static Field veld(Class<?> type, String naam) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getName().equals(naam)) {
                        return field;
                    }
                }
            }
            return null;
        }

        private static Object lees(Field field, Object object) {
            try {
                field.setAccessible(true);
                return field.get(object);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return "?";
            }
        }
    }
}
