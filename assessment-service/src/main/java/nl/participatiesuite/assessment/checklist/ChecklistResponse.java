package nl.participatiesuite.assessment.checklist;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import nl.participatiesuite.apirules.http.Preconditions;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.assessment.engine.checklist.Checklist;
import nl.participatiesuite.assessment.engine.checklist.ChecklistStap;
import nl.participatiesuite.assessment.engine.checklist.ChecklistVraag;
import nl.participatiesuite.assessment.engine.checklist.Handreiking;
import nl.participatiesuite.assessment.engine.checklist.VraagStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Checklist", description = "De handreiking die bij de beoordeling hoort (inwonersparticipatie bij een "
        + "plan van de gemeente, overheidsparticipatie bij een initiatief uit de samenleving), met per vraag het "
        + "antwoord: berekend uit de uitkomst of ingevuld door het team.", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record ChecklistResponse(
        @Schema(required = true) UUID beoordelingId,
        @Schema(required = true) Handreiking handreiking,
        @Schema(required = true, example = "Handreiking inwonersparticipatie") String titel,
        @Schema(required = true) int aantalVragen,
        @Schema(required = true, description = "Vragen zonder antwoord") int aantalOpen,
        @Schema(required = true) List<Stap> stappen) {

    @Schema(name = "ChecklistStap")
    public record Stap(
            @Schema(required = true, example = "1") int nummer,
            @Schema(required = true, example = "Afweging aan de voorkant") String titel,
            @Schema(required = true) StapStatus status,
            @Schema(required = true) int aantalVragen,
            @Schema(required = true) int aantalOpen,
            @Schema(required = true) List<ChecklistVraag> vragen) {
    }

    static ChecklistResponse of(ChecklistStand stand) {
        Checklist checklist = stand.checklist();
        List<Stap> stappen = checklist.stappen().stream().map(ChecklistResponse::stap).toList();
        return new ChecklistResponse(stand.beoordelingId(), checklist.handreiking(), checklist.handreiking().titel(),
                stappen.stream().mapToInt(Stap::aantalVragen).sum(), stappen.stream().mapToInt(Stap::aantalOpen).sum(),
                stappen);
    }

    private static Stap stap(ChecklistStap stap) {
        int open = (int) stap.vragen().stream().filter(v -> v.status() == VraagStatus.OPEN).count();
        StapStatus status = open == 0 ? StapStatus.BEANTWOORD
                : open == stap.vragen().size() ? StapStatus.OPEN : StapStatus.DEELS_BEANTWOORD;
        return new Stap(stap.nummer(), stap.titel(), status, stap.vragen().size(), open, stap.vragen());
    }
}
