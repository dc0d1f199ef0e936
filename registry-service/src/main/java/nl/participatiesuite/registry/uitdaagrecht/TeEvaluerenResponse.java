package nl.participatiesuite.registry.uitdaagrecht;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UitdaagrechtTeEvalueren", description = "Verzoeken met een overeenkomst waarvan de evaluatiedatum voorbij "
        + "is en waarvan de evaluation-service nog geen evaluatie kent (een evaluatie hoort bij het initiatief van het "
        + "verzoek).")
public record TeEvaluerenResponse(
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, description = "Vandaag: evaluatiedata voor deze dag zijn voorbij.") LocalDate peildatum,
        @Schema(required = true, description = "false: de evaluation-service antwoordde niet (of weigerde deze aanroeper); "
                + "dan staan alle verzoeken met een verstreken evaluatiedatum in de lijst, met evaluatie ONBEKEND.")
        boolean evaluatiesBekend,
        @Schema(required = true, description = "Op evaluatiedatum, oudste eerst.") List<Verzoek> verzoeken)
        implements GemeenteGebonden {

    @Schema(name = "UitdaagrechtTeEvaluerenVerzoek")
    public record Verzoek(
            @Schema(required = true) UUID id,
            String taakOmschrijving,
            @Schema(required = true, enumeration = {"OVEREENKOMST_GESLOTEN", "IN_UITVOERING", "AFGEROND"}) String status,
            @Schema(required = true, example = "2026-10-01") LocalDate evaluatiedatum,
            UUID initiatiefId,
            @Schema(required = true, description = "GEEN_EVALUATIE: de evaluation-service kent er geen; GEEN_INITIATIEF: het "
                    + "verzoek noemt geen initiatief, dus een evaluatie is niet te vinden; ONBEKEND: de evaluation-service "
                    + "antwoordde niet.", enumeration = {"GEEN_EVALUATIE", "GEEN_INITIATIEF", "ONBEKEND"})
            String evaluatie) {
    }
}
