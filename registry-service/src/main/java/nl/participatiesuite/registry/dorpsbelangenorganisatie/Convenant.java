package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agreement between gemeente and organisation, with the date by which it is evaluated. */
@Schema(name = "Convenant")
@EvaluatieNaOndertekening
public record Convenant(
        @Schema(required = true, example = "2021-03-01")
        @NotNull(message = "getekendOp is verplicht.")
        LocalDate getekendOp,
        @Schema(required = true, example = "2023-03-01", description = "Niet voor getekendOp.")
        @NotNull(message = "evaluatieUiterlijk is verplicht.")
        LocalDate evaluatieUiterlijk) {

    /**
     * Declared by hand so the component's @NotNull stays on the field only: Bean Validation reads an
     * accessor named get... as the getter of a property "ekendOp" and would report that phantom too.
     */
    @Override
    public LocalDate getekendOp() {
        return getekendOp;
    }
}
