package nl.participatiesuite.assessment.beoordeling;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.assessment.engine.Uitkomst;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Herberekening", description = "Wat een beoordeling zou worden als ze nu met dezelfde antwoorden "
        + "opnieuw werd berekend (huidige regelset van de gemeente, actuele gegevens van registry en evaluaties); "
        + "er wordt niets opgeslagen.")
public record HerberekeningResponse(
        @Schema(required = true) UUID beoordelingId,
        @Schema(required = true) RegelsetVerwijzing opgeslagenRegelset,
        @Schema(required = true) RegelsetVerwijzing huidigeRegelset,
        @Schema(required = true, description = "Of de uitkomst (afgezien van regelsetVersie) anders zou worden")
        boolean gewijzigd,
        @Schema(required = true) List<Verschil> verschillen,
        @Schema(required = true, description = "De uitkomst zoals die nu zou worden") Uitkomst uitkomst) {

    static HerberekeningResponse of(BeoordelingService.Herberekening herberekening) {
        return new HerberekeningResponse(herberekening.beoordeling().id,
                RegelsetVerwijzing.of(herberekening.beoordeling(), herberekening.opgeslagen()),
                RegelsetVerwijzing.of(herberekening.nu().regelset()), !herberekening.verschillen().isEmpty(),
                herberekening.verschillen(), herberekening.nu().uitkomst());
    }
}
