package nl.participatiesuite.assessment.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** A kern as the registry answers it; only what the aanspreekpunt needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryKern(UUID id, String naam, String gemeente) {
}
