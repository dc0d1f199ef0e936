package nl.participatiesuite.evaluation.verslag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.evaluation.evaluatie.Evaluatie;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse;
import nl.participatiesuite.evaluation.evaluatie.Lessoort;
import nl.participatiesuite.evaluation.evaluatie.Valkuil;
import nl.participatiesuite.evaluation.regels.Signaleringen;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The samenwerkingsverslag of one evaluatie (domain.md §6) as data: the same record fills the HTML page and the PDF.
 * Its one personal field, the opsteller, follows its gemeente: an anonymous caller or another gemeente (a shared
 * report) gets the document without it.
 */
@Schema(name = "Samenwerkingsverslag", description = "Het samenwerkingsverslag van een evaluatie: initiatief en "
        + "kernen, wie er betrokken was en hoe, wat het opleverde, wat er met de inbreng gedaan is en hoe deelnemers "
        + "dat hoorden, hun oordeel, de valkuilen, en de participatieparagraaf voor een aanvraag omgevingsvergunning.")
public record SamenwerkingsverslagResponse(
        @Schema(required = true) UUID evaluatieId,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, description = "De datum waarop dit document is opgemaakt") LocalDate opgemaaktOp,
        @Schema(description = "De regelsetversie van de beoordeling waar het geplande niveau uit komt; ontbreekt "
                + "zonder beoordeling", example = "GM0214-2") String regelsetVersie,
        @Schema(required = true, description = "De gemeenteraad stelde participatie voor dit plan verplicht (volgens de "
                + "beoordeling; Omgevingswet art. 16.55 lid 7)") boolean participatieVerplicht,
        @Schema(required = true, description = "De aangewezen gevallen waaronder het plan valt, met het raadsbesluit")
        List<VerplichtGevalResponse> verplichteParticipatie,
        @Schema(required = true) UUID initiatiefId,
        @Schema(example = "Speelplek Zoelmond") String initiatiefTitel,
        @Schema(required = true) List<UUID> kernIds,
        @Schema(required = true) ParticipatieparagraafResponse participatieparagraaf,
        @Schema(required = true) EvaluatieResponse.ParticipatiebelofteResponse participatiebelofte,
        @Schema(required = true) List<EvaluatieResponse.WerkvormGebruikResponse> werkvormen,
        @Schema(required = true) List<EvaluatieResponse.DoelUitkomstResponse> doelen,
        @Schema(required = true) List<EvaluatieResponse.LesResponse> succesfactoren,
        @Schema(required = true) List<EvaluatieResponse.LesResponse> leerpunten,
        @Schema(required = true) List<EvaluatieResponse.LesResponse> knelpunten,
        @Schema(description = "Ontbreekt als het verslag niets over terugkoppeling zegt.")
        EvaluatieResponse.TerugkoppelingResponse terugkoppeling,
        @Schema(required = true) List<EvaluatieResponse.DeelnemersoordeelResponse> deelnemersoordelen,
        @Schema(required = true) List<Valkuil> valkuilen,
        @Schema(required = true) List<EvaluatieResponse.SignaleringResponse> signaleringen,
        @Schema(required = true) boolean gedeeld,
        @Schema(description = "Wie het verslag opstelde.",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        EvaluatieResponse.OpstellerResponse opsteller) implements GemeenteGebonden {

    // Closed like the assessment-service's VerplichtGeval, which a regelset receives: one name, one schema.
    @Schema(name = "VerplichtGeval", additionalProperties = Schema.False.class,
            description = "Een geval waarin de gemeenteraad participatie verplicht stelde.")
    public record VerplichtGevalResponse(
            @Schema(required = true, example = "WINDTURBINE") String code,
            @Schema(required = true, example = "Windturbine") String omschrijving,
            @Schema(required = true, example = "Raadsbesluit 2024-118") String besluit,
            @Schema(required = true, example = "2024-06-27") LocalDate besluitdatum) {
    }

    static SamenwerkingsverslagResponse of(Samenwerkingsverslag verslag) {
        Evaluatie e = verslag.evaluatie();
        EvaluatieResponse.ParticipatiebelofteResponse belofte =
                EvaluatieResponse.ParticipatiebelofteResponse.of(e.belofte(), e.beoordelingId);
        List<VerplichtGevalResponse> gevallen = e.verplichteParticipatie.stream()
                .map(g -> new VerplichtGevalResponse(g.code, g.omschrijving, g.besluit, g.besluitdatum)).toList();
        return new SamenwerkingsverslagResponse(e.id, e.gemeente, verslag.opgemaaktOp(), e.regelsetVersie,
                !gevallen.isEmpty(), gevallen,
                e.initiatiefId, e.initiatiefTitel, List.copyOf(e.kernIds), ParticipatieparagraafResponse.of(e), belofte,
                EvaluatieResponse.WerkvormGebruikResponse.of(e.werkvormen), EvaluatieResponse.DoelUitkomstResponse.of(e.doelen),
                EvaluatieResponse.LesResponse.of(e.lessen, Lessoort.SUCCESFACTOR),
                EvaluatieResponse.LesResponse.of(e.lessen, Lessoort.LEERPUNT),
                EvaluatieResponse.LesResponse.of(e.lessen, Lessoort.KNELPUNT),
                EvaluatieResponse.TerugkoppelingResponse.of(e),
                e.deelnemersoordelen.stream().map(EvaluatieResponse.DeelnemersoordeelResponse::of).toList(),
                List.copyOf(e.valkuilen),
                EvaluatieResponse.SignaleringResponse.of(Signaleringen.voor(e.terugkoppelingGegeven, e.belofte())),
                e.gedeeld, EvaluatieResponse.OpstellerResponse.of(e));
    }
}
