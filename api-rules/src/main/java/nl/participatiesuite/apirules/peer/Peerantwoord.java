package nl.participatiesuite.apirules.peer;

import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;

/** A peer's answer to "give me this object", read the same way by every peer client that asks for one by id. */
public final class Peerantwoord {

    private Peerantwoord() {
    }

    /**
     * The object, or empty when the peer answered 404: an unknown id is an answer, not a failure, so it is neither
     * retried nor counted by the circuit. A 401 or 403 becomes {@link GeenToegangBijPeer}; any other failure, and an
     * empty body (an answer that cannot be read counts as no answer), is thrown to the fault tolerance around the call.
     */
    public static <T> Optional<T> ofOnbekend(String peer, Supplier<T> vraag) {
        T antwoord;
        try {
            antwoord = vraag.get();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw GeenToegangBijPeer.van(peer, e);
        }
        if (antwoord == null) {
            throw new IllegalStateException(peer + " gaf een leeg antwoord.");
        }
        return Optional.of(antwoord);
    }
}
