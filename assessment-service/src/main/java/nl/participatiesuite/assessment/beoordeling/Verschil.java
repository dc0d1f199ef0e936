package nl.participatiesuite.assessment.beoordeling;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Verschil", description = "Eén waarde van de uitkomst die anders zou worden: oud is de "
        + "opgeslagen waarde (ontbreekt: bestond niet), nieuw de waarde bij herberekening (ontbreekt: vervalt). Onder "
        + "aanspreekpunt.kernambtenaren zijn de waarden persoonsgegevens: de herberekening is daarom alleen voor de "
        + "eigen gemeente.")
public record Verschil(
        @Schema(required = true, example = "stap3.belanghebbenden[1].niveau",
                description = "Pad in de uitkomst; [i] is een positie in een lijst") String pad,
        @Schema(ref = "JsonWaarde") JsonNode oud,
        @Schema(ref = "JsonWaarde") JsonNode nieuw) {
}
