package nl.participatiesuite.evaluation.evaluatie;

import java.util.List;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.DeelnemersoordeelResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.DoelUitkomstResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.LesResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.OpstellerResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.ParticipatiebelofteResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.SignaleringResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.TerugkoppelingResponse;
import nl.participatiesuite.evaluation.evaluatie.EvaluatieResponse.WerkvormGebruikResponse;
import nl.participatiesuite.evaluation.regels.Belofteoordeel;
import nl.participatiesuite.evaluation.regels.Participatiebelofte;
import nl.participatiesuite.evaluation.regels.Signaleringen;

/** Entity to API model, and the parts of it that the shared (anonymised) view reuses. */
public final class EvaluatieMapper {

    private EvaluatieMapper() {
    }

    public static EvaluatieResponse toResponse(Evaluatie e) {
        Belofteoordeel belofte = belofte(e);
        OpstellerResponse opsteller = e.opstellerNaam == null && e.opstellerEmail == null
                ? null : new OpstellerResponse(e.opstellerNaam, e.opstellerEmail);
        return new EvaluatieResponse(e.id, e.initiatiefId, e.initiatiefTitel, e.gemeente, List.copyOf(e.kernIds),
                doelen(e), lessen(e, Lessoort.SUCCESFACTOR), lessen(e, Lessoort.LEERPUNT), lessen(e, Lessoort.KNELPUNT),
                terugkoppeling(e),
                e.deelnemersoordelen.stream().map(o -> new DeelnemersoordeelResponse(o.groep, o.score, o.opmerking)).toList(),
                e.gerealiseerdNiveau, ParticipatiebelofteResponse.of(belofte, e.beoordelingId), werkvormen(e),
                List.copyOf(e.valkuilen), e.gedeeld, List.copyOf(e.themas), opsteller,
                SignaleringResponse.of(Signaleringen.voor(e.terugkoppelingGegeven, belofte)), e.aangemaaktOp, e.gewijzigdOp);
    }

    public static Belofteoordeel belofte(Evaluatie e) {
        return Participatiebelofte.toets(e.geplandNiveauBron, e.geplandNiveau, e.gerealiseerdNiveau);
    }

    public static List<DoelUitkomstResponse> doelen(Evaluatie e) {
        return e.doelen.stream().map(d -> new DoelUitkomstResponse(d.omschrijving, d.resultaat, d.toelichting)).toList();
    }

    public static List<LesResponse> lessen(Evaluatie e, Lessoort soort) {
        return e.lessen.stream().filter(l -> l.soort == soort).map(l -> new LesResponse(l.tekst, l.inRegels)).toList();
    }

    public static TerugkoppelingResponse terugkoppeling(Evaluatie e) {
        return e.terugkoppelingGegeven == null ? null
                : new TerugkoppelingResponse(e.terugkoppelingGegeven, e.terugkoppelingHoe, e.terugkoppelingWanneer);
    }

    public static List<WerkvormGebruikResponse> werkvormen(Evaluatie e) {
        return e.werkvormen.stream().map(w -> new WerkvormGebruikResponse(w.werkvorm, w.schaal, w.waardering)).toList();
    }
}
