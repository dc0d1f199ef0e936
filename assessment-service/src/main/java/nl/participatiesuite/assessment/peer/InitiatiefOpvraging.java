package nl.participatiesuite.assessment.peer;

import java.util.List;
import java.util.UUID;

/** The registry's answer to "which initiatief is this, of which gemeente and kernen?", or why there is none. */
public sealed interface InitiatiefOpvraging {

    /**
     * @param schaal              as the registry gives it (the same four values as a beoordeling's)
     * @param initiatiefnemerType the registry's INWONER, ONDERNEMER, ORGANISATIE or GEMEENTE
     */
    record Gevonden(UUID id, String gemeente, List<UUID> kernIds, String doel, String activiteit, String schaal,
            String initiatiefnemerType) implements InitiatiefOpvraging {
        public Gevonden {
            kernIds = kernIds == null ? List.of() : List.copyOf(kernIds);
        }
    }

    /** The registry answered 404: the id is unknown, which is an answer, not a failure. */
    record Onbekend() implements InitiatiefOpvraging {
    }

    record Onbereikbaar() implements InitiatiefOpvraging {
    }
}
