package nl.participatiesuite.apirules.notificaties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of the outbox as the dispatcher reads it: what happened to which object. {@code resource} names the kind of
 * object that changed (the object itself or a part of it, such as a statuswijziging), {@code hoofdId} the object.
 */
record Gebeurtenis(long volgnummer, UUID id, Instant tijdstip, String kanaal, String hoofdId, String resource,
        String resourceId, String actie, String gemeente, List<String> kernen) {

    /** A subscriber of one gemeente hears only of that gemeente and of data that belongs to none (national figures). */
    boolean voor(String gemeenteVanAbonnement, List<Kanaalfilter> filters) {
        boolean gemeentePast = gemeenteVanAbonnement == null || gemeente == null || gemeenteVanAbonnement.equals(gemeente);
        return gemeentePast && filters.stream().anyMatch(filter -> filter.laatDoor(this));
    }
}
