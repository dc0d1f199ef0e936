package nl.participatiesuite.registry.peer;

/**
 * A peer answered 401 or 403 to the caller's token (passed on with {@code propagateHeaders=Authorization}). That says
 * something about this caller, not about the peer's health: it is not retried and does not count as a failure for
 * the circuit breaker, but it gives the same stated degraded answer as a peer that is down (the {@code @Fallback}).
 * The message names the status only: a peer's body can echo request data.
 */
final class GeenToegangBijPeer extends RuntimeException {

    GeenToegangBijPeer(String peer, int status) {
        super(peer + " antwoordde " + status, null, false, false);
    }

    /** The peer's refusal of this caller as this exception; any other failure unchanged. */
    static RuntimeException van(String peer, jakarta.ws.rs.WebApplicationException fout) {
        int status = fout.getResponse() == null ? 0 : fout.getResponse().getStatus();
        return status == 401 || status == 403 ? new GeenToegangBijPeer(peer, status) : fout;
    }
}
