package nl.participatiesuite.assessment.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * An initiatief as the registry answers it: its gemeente and kernen (for the aanspreekpunt), and what a beoordeling
 * takes from it when the request leaves it out (doel, activiteit, schaal, the initiatiefnemer's type). The
 * initiatiefnemer's naam and contact are not read: they can be personal data and nothing here needs them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryInitiatief(UUID id, String gemeente, List<UUID> kernIds, String doel, String activiteit, String schaal,
        Initiatiefnemer initiatiefnemer) {

    public RegistryInitiatief {
        kernIds = kernIds == null ? List.of() : List.copyOf(kernIds);
    }

    String initiatiefnemerType() {
        return initiatiefnemer == null ? null : initiatiefnemer.type();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Initiatiefnemer(String type) {
    }
}
