package nl.participatiesuite.apirules.audit;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Hibernate;

/**
 * An entity whose every change is recorded in the audit trail ({@link AuditInterceptor}). Every entity of the
 * suite is one (SuiteArchitecture checks it): the trail is complete by construction, not by remembering.
 */
public interface Auditeerbaar {

    /**
     * The API resource this object's changes belong to: its own, or that of the object it is part of (a
     * statuswijziging belongs to its initiatief's trail).
     */
    Hoofdobject hoofdobject();

    /**
     * The collection as the API names it ({@code initiatieven}), the id in its URL, its gemeente and the ids of the
     * kernen it concerns (the kenmerken a notification subscriber filters on; empty when it concerns no kern).
     */
    record Hoofdobject(String resource, String id, String gemeente, List<String> kernen) {

        public Hoofdobject {
            kernen = kernen == null ? List.of() : List.copyOf(kernen);
        }

        public Hoofdobject(String resource, String id, String gemeente) {
            this(resource, id, gemeente, List.of());
        }

        /**
         * The ids of an object's kernen for {@link #kernen()}, read only when the collection is loaded: this runs while
         * Hibernate flushes, when nothing may be loaded. The feature's {@code existing(id)} loads them with the object.
         */
        public static <T> List<String> kernIds(Collection<T> kernen, Function<T, Object> id) {
            if (kernen == null || !Hibernate.isInitialized(kernen)) {
                return List.of();
            }
            return kernen.stream().map(k -> String.valueOf(id.apply(k))).sorted().toList();
        }
    }

    /**
     * Whether subscribers hear of this object's changes (api-rules notificaties). Only the subscriptions
     * themselves say no: a change of one is nobody else's business.
     */
    default boolean notificeerbaar() {
        return true;
    }
}
