package nl.participatiesuite.assessment.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** An initiatief as the registry answers it; only its gemeente and kernen matter here. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryInitiatief(UUID id, String gemeente, List<UUID> kernIds) {

    public RegistryInitiatief {
        kernIds = kernIds == null ? List.of() : List.copyOf(kernIds);
    }
}
