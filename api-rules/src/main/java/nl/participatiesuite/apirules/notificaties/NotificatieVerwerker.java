package nl.participatiesuite.apirules.notificaties;

/**
 * What this service changes in its own data when a notification arrives, once, in the replica that received it
 * (unlike {@link OntvangenNotificatie}, which every replica hears to refresh its caches). It runs before the sender is
 * answered: when it throws, the sender gets a 503 and delivers the event again later (the sender's retry is what makes
 * such a change durable), so it must be idempotent. Implement it as a CDI bean; every bean is called.
 */
public interface NotificatieVerwerker {

    /** Brings this service's data in step with the object the notification names; throws when that is not possible now. */
    void verwerk(OntvangenNotificatie notificatie);
}
