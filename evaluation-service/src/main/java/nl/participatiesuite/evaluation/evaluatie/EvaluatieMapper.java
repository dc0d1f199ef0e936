package nl.participatiesuite.evaluation.evaluatie;

import java.util.List;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.evaluation.regels.Ladderniveau;
import nl.participatiesuite.evaluation.regels.Schaal;

/**
 * Request to entity, for create and update: every list of the report is replaced by the request's.
 * What the registry and the assessment-service said is not part of the request: the service sets it.
 */
final class EvaluatieMapper {

    private EvaluatieMapper() {
    }

    static void apply(EvaluatieRequest r, Evaluatie e) {
        e.doelen.clear();
        for (EvaluatieRequest.Doel d : r.doelen()) {
            DoelUitkomst doel = new DoelUitkomst();
            doel.omschrijving = d.omschrijving().strip();
            doel.resultaat = Doelresultaat.valueOf(d.resultaat());
            doel.toelichting = Tekst.normaliseer(d.toelichting());
            e.doelen.add(doel);
        }
        e.lessen.clear();
        addLessen(e, Lessoort.SUCCESFACTOR, r.succesfactoren());
        addLessen(e, Lessoort.LEERPUNT, r.leerpunten());
        addLessen(e, Lessoort.KNELPUNT, r.knelpunten());
        EvaluatieRequest.Terugkoppeling t = r.terugkoppeling();
        e.terugkoppelingGegeven = t == null ? null : t.gegeven();
        e.terugkoppelingHoe = t == null ? null : Tekst.normaliseer(t.hoe());
        e.terugkoppelingWanneer = t == null ? null : t.wanneer();
        e.deelnemersoordelen.clear();
        for (EvaluatieRequest.Oordeel o : nonNull(r.deelnemersoordelen())) {
            Deelnemersoordeel oordeel = new Deelnemersoordeel();
            oordeel.groep = Deelnemersgroep.valueOf(o.groep());
            oordeel.score = o.score();
            oordeel.opmerking = Tekst.normaliseer(o.opmerking());
            e.deelnemersoordelen.add(oordeel);
        }
        e.gerealiseerdNiveau = Ladderniveau.valueOf(r.gerealiseerdNiveau());
        e.werkvormen.clear();
        for (EvaluatieRequest.Werkvorm w : nonNull(r.werkvormen())) {
            WerkvormGebruik gebruik = new WerkvormGebruik();
            gebruik.werkvorm = w.werkvorm().strip();
            gebruik.schaal = Schaal.valueOf(w.schaal());
            gebruik.waardering = w.waardering();
            e.werkvormen.add(gebruik);
        }
        e.valkuilen.clear();
        nonNull(r.valkuilen()).forEach(v -> e.valkuilen.add(Valkuil.valueOf(v)));
        e.gedeeld = r.gedeeld();
        e.themas.clear();
        nonNull(r.themas()).forEach(thema -> e.themas.add(Evaluaties.thema(thema)));
        e.opstellerNaam = r.opsteller() == null ? null : Tekst.normaliseer(r.opsteller().naam());
        e.opstellerEmail = r.opsteller() == null ? null : Tekst.normaliseer(r.opsteller().email());
    }

    private static void addLessen(Evaluatie e, Lessoort soort, List<EvaluatieRequest.Les> lessen) {
        for (EvaluatieRequest.Les l : nonNull(lessen)) {
            Les les = new Les();
            les.soort = soort;
            les.tekst = l.tekst().strip();
            les.inRegels = Boolean.TRUE.equals(l.inRegels());
            e.lessen.add(les);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
