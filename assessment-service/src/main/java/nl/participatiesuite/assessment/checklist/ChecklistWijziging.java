package nl.participatiesuite.assessment.checklist;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChecklistWijziging", description = "Antwoorden van het team, per vraagsleutel. Ze worden "
        + "samengevoegd met de eerder gegeven antwoorden; null of een lege tekst wist het antwoord van het team "
        + "(een berekend antwoord verschijnt dan weer).")
public record ChecklistWijziging(
        @Schema(required = true, description = "vraagSleutel -> antwoord (hoogstens 4000 tekens)",
                example = "{\"communicatieKalender\": \"Bewonersavond in maart, nieuwsbrief per kwartaal.\"}")
        @NotNull(message = "antwoorden is verplicht.")
        @Size(max = 100, message = "antwoorden heeft hoogstens 100 sleutels.")
        Map<String, String> antwoorden) {
}
