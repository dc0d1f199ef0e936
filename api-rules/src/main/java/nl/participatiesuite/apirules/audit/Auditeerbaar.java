package nl.participatiesuite.apirules.audit;

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

    /** The collection as the API names it ({@code initiatieven}), the id in its URL, and its gemeente. */
    record Hoofdobject(String resource, String id, String gemeente) {
    }
}
