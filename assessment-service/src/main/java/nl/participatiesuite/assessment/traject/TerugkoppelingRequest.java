package nl.participatiesuite.assessment.traject;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TerugkoppelingsmomentRequest", description = "Het terugkoppelingsmoment van de huidige fase. Minstens één "
        + "datum; een datum die ontbreekt blijft zoals eerder vastgelegd. Pas als beide vastliggen, mag het traject "
        + "de fase verlaten.")
public record TerugkoppelingRequest(
        @Schema(format = "date", example = "2024-03-04", description = "Het college rapporteerde aan de raad")
        @PastOrPresent(message = "collegeGerapporteerdOp ligt in de toekomst: leg een terugkoppeling vast als ze gebeurd is.")
        LocalDate collegeGerapporteerdOp,
        @Schema(format = "date", example = "2024-03-28", description = "De raad stelde de kaders vast of bevestigde ze")
        @PastOrPresent(message = "raadKadersVastgesteldOp ligt in de toekomst: leg een terugkoppeling vast als ze gebeurd is.")
        LocalDate raadKadersVastgesteldOp,
        @Size(max = 4000, message = "toelichting is hoogstens 4000 tekens.")
        String toelichting) {
}
