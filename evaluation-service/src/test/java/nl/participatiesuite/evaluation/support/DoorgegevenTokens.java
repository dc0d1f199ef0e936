package nl.participatiesuite.evaluation.support;

import jakarta.annotation.Priority;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the Authorization header of every call the evaluation makes to a peer, as it leaves: proof that the
 * caller's token is passed on (propagateHeaders). The stub peers see only the URI, so the proof is taken here,
 * as the last client filter (after the one that adds the propagated headers).
 */
@Provider
@Priority(Integer.MAX_VALUE)
public class DoorgegevenTokens implements ClientRequestFilter {

    /** One call to a peer: its path and the Authorization header it carried (null: none). */
    public record Aanroep(String pad, String authorization) {
    }

    private static final List<Aanroep> AANROEPEN = new CopyOnWriteArrayList<>();

    @Override
    public void filter(ClientRequestContext request) {
        AANROEPEN.add(new Aanroep(request.getUri().getPath(), request.getHeaderString(HttpHeaders.AUTHORIZATION)));
    }

    public static void vergeet() {
        AANROEPEN.clear();
    }

    public static List<Aanroep> aanroepen() {
        return List.copyOf(AANROEPEN);
    }
}
