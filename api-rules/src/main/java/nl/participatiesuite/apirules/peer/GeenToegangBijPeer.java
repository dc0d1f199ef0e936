package nl.participatiesuite.apirules.peer;

import jakarta.ws.rs.WebApplicationException;

/**
 * A peer service answered 401 or 403 to the caller's token (passed on with {@code propagateHeaders=Authorization}).
 * That says something about this caller, not about the peer's health: a peer client does not retry it and does not
 * count it as a failure for its circuit breaker (another caller may well be allowed), but gives the same stated
 * degraded answer as for a peer that is down (its {@code @Fallback}). The message names the status only: a peer's
 * body can echo request data. One class for every service, so each peer client's fault-tolerance annotations
 * ({@code abortOn}, {@code skipOn}) name the same thing.
 */
public final class GeenToegangBijPeer extends RuntimeException {

    private GeenToegangBijPeer(String peer, int status) {
        super(peer + " antwoordde " + status, null, false, false);
    }

    /** The peer's refusal of this caller as this exception; any other failure unchanged. */
    public static RuntimeException van(String peer, WebApplicationException fout) {
        int status = fout.getResponse() == null ? 0 : fout.getResponse().getStatus();
        return status == 401 || status == 403 ? new GeenToegangBijPeer(peer, status) : fout;
    }
}
