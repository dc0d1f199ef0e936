package nl.participatiesuite.evaluation.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What the registry tells about an initiatief; every other field of its answer is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryInitiatief(UUID id, String gemeente, List<UUID> kernIds, String titel, UUID beoordelingId) {
}
