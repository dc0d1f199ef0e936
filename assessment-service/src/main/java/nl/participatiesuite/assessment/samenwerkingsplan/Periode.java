package nl.participatiesuite.assessment.samenwerkingsplan;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When something happens: one day ({@code vanaf} only) or a period that ends after it starts. */
@OplopendePeriode
@Schema(name = "Periode", description = "Eén dag (alleen vanaf) of een periode die eindigt na haar begin.")
public record Periode(
        @Schema(required = true, example = "2027-03-01") @NotNull(message = "vanaf is verplicht.") LocalDate vanaf,
        @Schema(example = "2027-04-15", description = "Leeg bij één dag; anders na vanaf") LocalDate totEnMet) {
}
