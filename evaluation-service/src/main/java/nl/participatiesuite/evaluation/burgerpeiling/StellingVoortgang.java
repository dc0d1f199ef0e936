package nl.participatiesuite.evaluation.burgerpeiling;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.evaluation.regels.Benchmark;
import nl.participatiesuite.evaluation.regels.DoelVoortgang;
import nl.participatiesuite.evaluation.regels.Eenheid;
import nl.participatiesuite.evaluation.regels.Meetpunt;
import nl.participatiesuite.evaluation.regels.Voortgang;
import nl.participatiesuite.evaluation.regels.Voortgangsstatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StellingVoortgang", description = "Een stelling met haar laatste meting en de voortgang per doel.")
public record StellingVoortgang(
        @Schema(required = true) UUID stellingId,
        @Schema(required = true, example = "1") int nummer,
        @Schema(required = true, example = "Gemeente luistert naar mening burgers") String tekst,
        @Schema(required = true) Eenheid eenheid,
        @Schema(description = "Ontbreekt zonder metingen") Punt laatsteMeting,
        @Schema(example = "29.0", description = "Benchmark bij de laatste meting") BigDecimal benchmark,
        @Schema(example = "-13.0", description = "laatste − benchmark; ontbreekt zonder benchmark") BigDecimal verschilMetBenchmark,
        @Schema(required = true) List<DoelStand> doelen) {

    /** A stelling with its metingen and doelen, the progress per doel by {@link DoelVoortgang}. */
    public static StellingVoortgang of(Stelling stelling, List<Meting> metingen, List<Doel> doelen) {
        List<Meetpunt> punten = metingen.stream().map(Meting::meetpunt).toList();
        Meting laatste = metingen.stream().max(Comparator.comparingInt(m -> m.jaar)).orElse(null);
        List<DoelStand> standen = doelen.stream()
                .map(d -> DoelStand.of(d, DoelVoortgang.bereken(punten, d.meetpunt())))
                .toList();
        return new StellingVoortgang(stelling.id, stelling.nummer, stelling.tekst, stelling.eenheid,
                laatste == null ? null : Punt.of(laatste.meetpunt()),
                laatste == null ? null : laatste.benchmark,
                laatste == null ? null : Benchmark.verschil(laatste.waarde, laatste.benchmark), standen);
    }

    @Schema(name = "Meetpunt")
    public record Punt(@Schema(required = true, example = "2019") int jaar,
            @Schema(required = true, example = "16.0") BigDecimal waarde) {

        static Punt of(Meetpunt meetpunt) {
            return meetpunt == null ? null : new Punt(meetpunt.jaar(), meetpunt.waarde());
        }
    }

    @Schema(name = "DoelStand", description = "De voortgang naar één doel.")
    public record DoelStand(
            @Schema(required = true) UUID doelId,
            @Schema(required = true, example = "2023") int jaar,
            @Schema(required = true, example = "30.0") BigDecimal waarde,
            @Schema(description = "Vroegste meting") Punt basis,
            @Schema(description = "Nieuwste meting") Punt laatste,
            @Schema(example = "50.0", description = "(laatste − basis) / (doel − basis) × 100, één decimaal; kan negatief"
                    + " of boven 100 zijn; ontbreekt zonder meting of als doel gelijk is aan basis")
            BigDecimal voortgang,
            @Schema(example = "23.0", description = "De rechte lijn van basis naar doel in het jaar van de laatste meting")
            BigDecimal koerswaarde,
            @Schema(required = true) Voortgangsstatus status,
            @Schema(required = true) String toelichting) {

        static DoelStand of(Doel doel, Voortgang v) {
            return new DoelStand(doel.id, doel.jaar, doel.waarde, Punt.of(v.basis()), Punt.of(v.laatste()), v.voortgang(),
                    v.koerswaarde(), v.status(), v.toelichting());
        }
    }
}
