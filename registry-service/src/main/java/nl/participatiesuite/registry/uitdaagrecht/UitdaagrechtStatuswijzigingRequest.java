package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.participatiesuite.apirules.input.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plain step in the lifecycle of an uitdaagrechtverzoek, and why; who takes it is the caller (from the token). */
@Schema(name = "UitdaagrechtStatuswijzigingRequest")
public record UitdaagrechtStatuswijzigingRequest(
        @Schema(required = true, description = "TOEGEKEND en AFGEWEZEN gaan met een besluit, OVEREENKOMST_GESLOTEN met een "
                + "overeenkomst.", enumeration = {"IN_BEHANDELING", "IN_UITVOERING", "AFGEROND", "INGETROKKEN",
                "BUITEN_BEHANDELING"}, example = "IN_BEHANDELING")
        @NotNull(message = "status is verplicht.") @OneOf(UitdaagrechtStap.class)
        String status,
        @Schema(example = "De indiener trekt het verzoek in.")
        @Size(max = 4000, message = "reden is hoogstens 4000 tekens.")
        String reden) {

    UitdaagrechtStap stap() {
        return UitdaagrechtStap.valueOf(status);
    }
}
