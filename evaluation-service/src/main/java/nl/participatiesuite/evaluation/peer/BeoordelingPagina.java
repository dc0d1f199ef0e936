package nl.participatiesuite.evaluation.peer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A page of the assessment-service's beoordelingen; only what the participation promise needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BeoordelingPagina(List<Beoordeling> items, long totalItems) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Beoordeling(UUID id, UUID initiatiefId, String ladderniveau, Regelset regelset,
            VerplichteParticipatie verplichteParticipatie) {
    }

    /** Whether the raad made participation mandatory for the plan, and the designated cases with their besluit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VerplichteParticipatie(boolean participatieVerplicht, List<Geval> gevallen) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Geval(String code, String omschrijving, String besluit, LocalDate besluitdatum) {
    }

    /** The rule set that computed the beoordeling; its name is the version the samenwerkingsverslag shows. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Regelset(String naam) {
    }
}
