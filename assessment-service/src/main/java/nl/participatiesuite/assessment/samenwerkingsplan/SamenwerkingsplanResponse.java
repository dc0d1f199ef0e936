package nl.participatiesuite.assessment.samenwerkingsplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.assessment.beoordeling.RegelsetVerwijzing;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.Belanghebbende;
import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.engine.DoelSamenwerking;
import nl.participatiesuite.assessment.engine.Gevolgen;
import nl.participatiesuite.assessment.engine.InbrengAdvies;
import nl.participatiesuite.assessment.engine.Initiatiefnemer;
import nl.participatiesuite.assessment.engine.Ladderniveau;
import nl.participatiesuite.assessment.engine.Niveau;
import nl.participatiesuite.assessment.engine.Schaal;
import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.assessment.engine.checklist.VraagStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The samenwerkingsplan of one beoordeling (domain.md §6) as data: the same record fills the HTML page and the PDF.
 * Its personal fields (the kernambtenaren in the outcome's aanspreekpunt) follow its gemeente.
 */
@Schema(name = "Samenwerkingsplan", description = "Het samenwerkingsplan van een beoordeling: doel en activiteit, de "
        + "uitkomst van stap 1 tot en met 4 met onderbouwing, de belangenanalyse, de planning van het team, rollen, "
        + "aanspreekpunt, valkuilen, de open punten van de handreiking en de regelset.")
public record SamenwerkingsplanResponse(
        @Schema(required = true) UUID beoordelingId,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, description = "De datum waarop dit document is opgemaakt") LocalDate opgemaaktOp,
        @Schema(required = true) RegelsetVerwijzing regelset,
        @Schema(required = true) String doel,
        @Schema(required = true) String activiteit,
        @Schema(required = true) Initiatiefnemer initiatiefnemer,
        @Schema(required = true) Schaal schaal,
        @Schema(required = true) List<DoelSamenwerking> doelenSamenwerking,
        String kaders,
        String gezamenlijkBelang,
        @Schema(required = true) Uitkomst uitkomst,
        @Schema(required = true, description = "De belangenanalyse met per belanghebbende het advies van stap 3 en 4")
        List<BelangenanalyseRegel> belangenanalyse,
        @Schema(required = true) Planning planning,
        @Schema(required = true, description = "De vragen van de handreiking die nog open staan")
        List<OpenPunt> openPunten) implements GemeenteGebonden {

    @Schema(name = "BelangenanalyseRegel")
    public record BelangenanalyseRegel(
            @Schema(required = true, example = "Omwonenden") String belanghebbende,
            String belang,
            @Schema(required = true) int weging,
            @Schema(required = true) Gevolgen gevolgen,
            @Schema(required = true) boolean pastBijBelang,
            @Schema(required = true, description = "Het geadviseerde niveau") Niveau niveau,
            @Schema(required = true) Ladderniveau ladderniveau,
            @Schema(required = true, description = "Wat er met de inbreng gebeurt") String watGebeurtMetInbreng,
            @Schema(required = true, description = "De werkvormen van stap 4 bij dit niveau") List<String> werkvormen) {
    }

    @Schema(name = "OpenPunt")
    public record OpenPunt(
            @Schema(required = true, example = "4") int stap,
            @Schema(required = true, example = "Maak een communicatieplan") String stapTitel,
            @Schema(required = true) String vraag) {
    }

    static SamenwerkingsplanResponse of(Samenwerkingsplan plan, JsonKolommen json) {
        BeoordelingInvoer invoer = plan.beoordeling().leesInvoer(json);
        Uitkomst uitkomst = plan.beoordeling().leesUitkomst(json);
        Map<String, Set<String>> advies = PlanningService.advies(uitkomst);
        List<BelangenanalyseRegel> analyse = new ArrayList<>();
        for (int i = 0; i < invoer.belanghebbenden().size(); i++) {
            Belanghebbende b = invoer.belanghebbenden().get(i);
            InbrengAdvies inbreng = uitkomst.stap3().belanghebbenden().get(i);
            analyse.add(new BelangenanalyseRegel(b.naam(), b.belang(), b.weging(), b.gevolgen(), b.pastBijBelang(),
                    inbreng.niveau(), inbreng.ladderniveau(), inbreng.watGebeurtMetInbreng(),
                    List.copyOf(advies.getOrDefault(b.naam(), Set.of()))));
        }
        List<OpenPunt> open = plan.checklist().stappen().stream()
                .flatMap(stap -> stap.vragen().stream().filter(v -> v.status() == VraagStatus.OPEN)
                        .map(v -> new OpenPunt(stap.nummer(), stap.titel(), v.vraag())))
                .toList();
        return new SamenwerkingsplanResponse(plan.beoordeling().id, plan.beoordeling().gemeente, plan.opgemaaktOp(),
                RegelsetVerwijzing.of(plan.beoordeling(), uitkomst), invoer.doel(), invoer.activiteit(),
                invoer.initiatiefnemer(), invoer.schaal(), List.copyOf(invoer.doelenSamenwerking()), invoer.kaders(),
                invoer.gezamenlijkBelang(), uitkomst, analyse, PlanningMapper.planning(plan.beoordeling(), json), open);
    }
}
