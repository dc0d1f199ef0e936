package nl.participatiesuite.registry.peer;

import java.util.UUID;

/** The assessment-service's answer to "which beoordeling is this?", or why there is none. */
public sealed interface Beoordelingstand {

    /**
     * It exists, in this gemeente, and names this initiatief (or none); initiatiefnemer (GEMEENTE, SAMENLEVING) and
     * ondersteuningGevraagd are its answers, ondersteuningGevraagd null when not given.
     */
    record Bekend(UUID id, String gemeente, UUID initiatiefId, String initiatiefnemer, String ondersteuningGevraagd)
            implements Beoordelingstand {
    }

    /** The assessment-service does not know it (never made, or deleted). */
    record Onbekend() implements Beoordelingstand {
    }

    /** Down, too slow, or refusing this service: nothing can be said now. */
    record Onbereikbaar() implements Beoordelingstand {
    }
}
