package nl.participatiesuite.registry.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** A beoordeling as the assessment-service answers it: where it belongs, and who asks the gemeente for what. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AssessmentBeoordeling(UUID id, String gemeente, UUID initiatiefId, Invoer invoer) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Invoer(String initiatiefnemer, String ondersteuningGevraagd) {
    }
}
