package nl.participatiesuite.evaluation.peer;

import jakarta.ws.rs.WebApplicationException;

/** A peer that refused the caller's token (401) or the caller's rights (403): no answer for this caller. */
final class Weigering {

    private Weigering() {
    }

    static boolean is(WebApplicationException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
        return status == 401 || status == 403;
    }
}
