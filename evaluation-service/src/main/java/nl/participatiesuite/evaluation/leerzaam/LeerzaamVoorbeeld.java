package nl.participatiesuite.evaluation.leerzaam;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.evaluation.evaluatie.Deelnemersgroep;
import nl.participatiesuite.evaluation.evaluatie.Evaluatie;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.DoelUitkomstResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.LesResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.OpstellerResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.ParticipatiebelofteResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.TerugkoppelingResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.WerkvormGebruikResponse;
import nl.participatiesuite.evaluation.evaluatie.Lessoort;
import nl.participatiesuite.evaluation.evaluatie.Valkuil;
import nl.participatiesuite.evaluation.regels.Ladderniveau;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A shared report as other gemeenten see it. Built field by field from an allow-list, so a field
 * added to the report later is never shared by accident. Left out: the remarks with the deelnemersoordelen,
 * the initiatief id (it leads to the registry, where the initiatiefnemer's name and contact are kept) and the
 * beoordeling id (its belanghebbenden carry names). The opsteller is personal (domain.md §4): it is in the
 * answer for the raadplegers, medewerkers and beheerders of the report's own gemeente only; anonymous callers
 * and other gemeenten never get it ({@link GemeenteGebonden}).
 */
@Schema(name = "LeerzaamVoorbeeld", description = "Een gedeeld verslag; persoonsgegevens alleen voor de eigen gemeente.")
public record LeerzaamVoorbeeld(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(example = "Speelplek Zoelmond") String initiatiefTitel,
        @Schema(required = true) List<UUID> kernIds,
        @Schema(required = true) List<DoelUitkomstResponse> doelen,
        @Schema(required = true) List<LesResponse> succesfactoren,
        @Schema(required = true) List<LesResponse> leerpunten,
        @Schema(required = true) List<LesResponse> knelpunten,
        TerugkoppelingResponse terugkoppeling,
        @Schema(required = true) List<Oordeel> deelnemersoordelen,
        @Schema(required = true) Ladderniveau gerealiseerdNiveau,
        @Schema(required = true) ParticipatiebelofteResponse participatiebelofte,
        @Schema(required = true) List<WerkvormGebruikResponse> werkvormen,
        @Schema(required = true) List<Valkuil> valkuilen,
        @Schema(required = true) List<String> themas,
        @Schema(description = "Wie het verslag opstelde.",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        OpstellerResponse opsteller,
        @Schema(required = true) Instant aangemaaktOp) implements GemeenteGebonden {

    /** A group's score without its remark. */
    @Schema(name = "LeerzaamOordeel")
    public record Oordeel(@Schema(required = true) Deelnemersgroep groep, @Schema(required = true) int score) {
    }

    public static LeerzaamVoorbeeld of(Evaluatie e) {
        return new LeerzaamVoorbeeld(e.id, e.gemeente, e.initiatiefTitel, List.copyOf(e.kernIds),
                DoelUitkomstResponse.of(e.doelen), LesResponse.of(e.lessen, Lessoort.SUCCESFACTOR),
                LesResponse.of(e.lessen, Lessoort.LEERPUNT), LesResponse.of(e.lessen, Lessoort.KNELPUNT),
                TerugkoppelingResponse.of(e),
                e.deelnemersoordelen.stream().map(o -> new Oordeel(o.groep, o.score)).toList(),
                e.gerealiseerdNiveau, ParticipatiebelofteResponse.of(e.belofte(), null),
                WerkvormGebruikResponse.of(e.werkvormen), List.copyOf(e.valkuilen), List.copyOf(e.themas),
                OpstellerResponse.of(e), e.aangemaaktOp);
    }
}
