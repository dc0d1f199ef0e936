package nl.participatiesuite.assessment.peer;

import java.util.UUID;

/** The registry's answer to "which kern is this?", including "the registry could not tell". */
public sealed interface KernOpvraging {

    record Gevonden(UUID id, String naam, String gemeente) implements KernOpvraging {
    }

    /** The registry answered 404: the id is unknown, which is an answer, not a failure. */
    record Onbekend() implements KernOpvraging {
    }

    record Onbereikbaar() implements KernOpvraging {
    }
}
