package nl.participatiesuite.assessment.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of the registry's kernambtenaren of one kern. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryKernambtenaren(List<Item> items) {

    public RegistryKernambtenaren {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String naam, String email, String telefoon) {
    }
}
