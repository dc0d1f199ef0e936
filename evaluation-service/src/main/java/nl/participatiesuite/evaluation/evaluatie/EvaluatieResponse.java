package nl.participatiesuite.evaluation.evaluatie;

import nl.participatiesuite.apirules.http.Preconditions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.security.GemeenteGebonden;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.evaluation.regels.Belofteoordeel;
import nl.participatiesuite.evaluation.regels.GeplandNiveauBron;
import nl.participatiesuite.evaluation.regels.Ladderniveau;
import nl.participatiesuite.evaluation.regels.Schaal;
import nl.participatiesuite.evaluation.regels.Signalering;
import nl.participatiesuite.evaluation.regels.Signaleringen;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A samenwerkingsverslag with what the service derived from it: the participation promise and the flags. The
 * opsteller is personal (domain.md §4): only callers of the report's gemeente who may read it see it.
 */
@Schema(name = "Evaluatie", extensions = @Extension(name = Preconditions.OPENAPI_KENMERK, value = "true", parseValue = true))
public record EvaluatieResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID initiatiefId,
        @Schema(description = "Titel van het initiatief volgens het register bij het aanmaken.", example = "Speelplek Zoelmond")
        String initiatiefTitel,
        @Schema(required = true, example = "GM0214") String gemeente,
        @Schema(required = true, description = "De kernen van het initiatief volgens het register bij het aanmaken.")
        List<UUID> kernIds,
        @Schema(required = true) List<DoelUitkomstResponse> doelen,
        @Schema(required = true) List<LesResponse> succesfactoren,
        @Schema(required = true) List<LesResponse> leerpunten,
        @Schema(required = true) List<LesResponse> knelpunten,
        @Schema(description = "Ontbreekt als het verslag niets over terugkoppeling zegt.") TerugkoppelingResponse terugkoppeling,
        @Schema(required = true) List<DeelnemersoordeelResponse> deelnemersoordelen,
        @Schema(required = true) Ladderniveau gerealiseerdNiveau,
        @Schema(required = true) ParticipatiebelofteResponse participatiebelofte,
        @Schema(required = true) List<WerkvormGebruikResponse> werkvormen,
        @Schema(required = true) List<Valkuil> valkuilen,
        @Schema(required = true) boolean gedeeld,
        @Schema(required = true, example = "[\"verkeer\"]") List<String> themas,
        @Schema(description = "Wie het verslag opstelde.",
                extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true"))
        OpstellerResponse opsteller,
        @Schema(required = true, description = "Wat aandacht vraagt, zoals ontbrekende terugkoppeling.")
        List<SignaleringResponse> signaleringen,
        @Schema(required = true) Instant aangemaaktOp,
        @Schema(required = true) Instant gewijzigdOp) implements GemeenteGebonden {

    public static EvaluatieResponse of(Evaluatie e) {
        Belofteoordeel belofte = e.belofte();
        return new EvaluatieResponse(e.id, e.initiatiefId, e.initiatiefTitel, e.gemeente, List.copyOf(e.kernIds),
                DoelUitkomstResponse.of(e.doelen), LesResponse.of(e.lessen, Lessoort.SUCCESFACTOR),
                LesResponse.of(e.lessen, Lessoort.LEERPUNT), LesResponse.of(e.lessen, Lessoort.KNELPUNT),
                TerugkoppelingResponse.of(e),
                e.deelnemersoordelen.stream().map(DeelnemersoordeelResponse::of).toList(),
                e.gerealiseerdNiveau, ParticipatiebelofteResponse.of(belofte, e.beoordelingId), WerkvormGebruikResponse.of(e.werkvormen),
                List.copyOf(e.valkuilen), e.gedeeld, List.copyOf(e.themas), OpstellerResponse.of(e),
                SignaleringResponse.of(Signaleringen.voor(e.terugkoppelingGegeven, belofte)), e.aangemaaktOp, e.gewijzigdOp);
    }

    @Schema(name = "DoelUitkomst")
    public record DoelUitkomstResponse(
            @Schema(required = true) String omschrijving,
            @Schema(required = true) Doelresultaat resultaat,
            String toelichting) {

        public static List<DoelUitkomstResponse> of(List<DoelUitkomst> doelen) {
            return doelen.stream().map(d -> new DoelUitkomstResponse(d.omschrijving, d.resultaat, d.toelichting)).toList();
        }
    }

    @Schema(name = "Les")
    public record LesResponse(
            @Schema(required = true) String tekst,
            @Schema(required = true, description = "Al vastgelegd in regels of werkafspraken.") boolean inRegels) {

        /** The lessons of one soort, in the order of the report. */
        public static List<LesResponse> of(List<Les> lessen, Lessoort soort) {
            return lessen.stream().filter(l -> l.soort == soort).map(l -> new LesResponse(l.tekst, l.inRegels)).toList();
        }
    }

    @Schema(name = "Terugkoppeling")
    public record TerugkoppelingResponse(
            @Schema(required = true) boolean gegeven,
            String hoe,
            LocalDate wanneer) {

        /** Null when the report does not say whether feedback was given. */
        public static TerugkoppelingResponse of(Evaluatie e) {
            return e.terugkoppelingGegeven == null ? null
                    : new TerugkoppelingResponse(e.terugkoppelingGegeven, e.terugkoppelingHoe, e.terugkoppelingWanneer);
        }
    }

    @Schema(name = "Deelnemersoordeel")
    public record DeelnemersoordeelResponse(
            @Schema(required = true) Deelnemersgroep groep,
            @Schema(required = true, minimum = "1", maximum = "10") int score,
            String opmerking) {

        public static DeelnemersoordeelResponse of(Deelnemersoordeel o) {
            return new DeelnemersoordeelResponse(o.groep, o.score, o.opmerking);
        }
    }

    @Schema(name = "WerkvormGebruik")
    public record WerkvormGebruikResponse(
            @Schema(required = true, example = "Enquête") String werkvorm,
            @Schema(required = true) Schaal schaal,
            @Schema(required = true, minimum = "1", maximum = "5") int waardering) {

        public static List<WerkvormGebruikResponse> of(List<WerkvormGebruik> werkvormen) {
            return werkvormen.stream().map(w -> new WerkvormGebruikResponse(w.werkvorm, w.schaal, w.waardering)).toList();
        }
    }

    @Schema(name = "Participatiebelofte", description = "Gepland niveau (uit de beoordeling) tegenover gerealiseerd niveau.")
    public record ParticipatiebelofteResponse(
            @Schema(description = "Ontbreekt zonder beoordeling of als de assessment-service onbereikbaar was.")
            Ladderniveau geplandNiveau,
            @Schema(required = true) Ladderniveau gerealiseerdNiveau,
            @Schema(required = true) GeplandNiveauBron bron,
            @Schema(description = "De beoordeling waar het geplande niveau uit komt.") UUID beoordelingId,
            @Schema(description = "gerealiseerd ≥ gepland op de ladder; ontbreekt zonder gepland niveau.")
            Boolean belofteNagekomen,
            @Schema(description = "gerealiseerd − gepland in treden van de ladder; ontbreekt zonder gepland niveau.", example = "-1")
            Integer tredenVerschil,
            @Schema(required = true) String toelichting) {

        public static ParticipatiebelofteResponse of(Belofteoordeel oordeel, UUID beoordelingId) {
            return new ParticipatiebelofteResponse(oordeel.geplandNiveau(), oordeel.gerealiseerdNiveau(), oordeel.bron(),
                    beoordelingId, oordeel.belofteNagekomen(), oordeel.tredenVerschil(), oordeel.toelichting());
        }
    }

    @Schema(name = "Opsteller", description = "Wie het verslag opstelde.")
    public record OpstellerResponse(
            @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true")) String naam,
            @Schema(extensions = @Extension(name = Persoonsgegeven.OPENAPI_KENMERK, value = "true")) String email) {

        /** Null when the report names no opsteller (or it was erased). */
        public static OpstellerResponse of(Evaluatie e) {
            return e.opstellerNaam == null && e.opstellerEmail == null ? null
                    : new OpstellerResponse(e.opstellerNaam, e.opstellerEmail);
        }
    }

    @Schema(name = "Signalering")
    public record SignaleringResponse(
            @Schema(required = true) Signalering code,
            @Schema(required = true) String melding) {

        public static List<SignaleringResponse> of(List<Signalering> signaleringen) {
            return signaleringen.stream().map(s -> new SignaleringResponse(s, s.melding())).toList();
        }
    }
}
