package nl.participatiesuite.registry.uitdaagrecht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.registry.gemeente.Gemeenten;
import nl.participatiesuite.registry.peer.Evaluaties;
import nl.participatiesuite.registry.peer.Evaluatiestand;
import nl.participatiesuite.registry.regels.UitdaagrechtStatus;

/** The overviews of the uitdaagrecht: what is due for evaluation, and the year for the raad. Own gemeente only. */
@ApplicationScoped
public class UitdaagrechtOverzichtService {

    /** After an overeenkomst: these verzoeken have (had) a task to evaluate. */
    private static final List<UitdaagrechtStatus> MET_OVEREENKOMST = List.of(UitdaagrechtStatus.OVEREENKOMST_GESLOTEN,
            UitdaagrechtStatus.IN_UITVOERING, UitdaagrechtStatus.AFGEROND);

    @Inject
    Klok klok;

    @Inject
    Beller beller;

    @Inject
    Evaluaties evaluaties;

    @Inject
    UitdaagrechtverzoekService verzoeken;

    /**
     * Domain.md §5: "when the evaluation date passes, the verzoek appears in the list of te evalueren". The evaluatie
     * lives in the evaluation-service and is about an initiatief, so each candidate's initiatief is asked about there
     * (with the caller's token); when that service does not answer, every candidate is listed and the answer says so.
     */
    public TeEvaluerenResponse teEvalueren(String gemeente) {
        beller.controleerLezen(gemeente);
        Gemeenten.existing(gemeente);
        LocalDate vandaag = klok.vandaag();
        List<Uitdaagrechtverzoek> kandidaten = Uitdaagrechtverzoek.list(
                "gemeente = ?1 and status in ?2 and evaluatiedatum < ?3 order by evaluatiedatum, id",
                gemeente, MET_OVEREENKOMST, vandaag);
        boolean bekend = true;
        List<TeEvaluerenResponse.Verzoek> teEvalueren = new ArrayList<>();
        for (Uitdaagrechtverzoek verzoek : kandidaten) {
            String evaluatie;
            if (verzoek.initiatief == null) {
                evaluatie = "GEEN_INITIATIEF";
            } else {
                Evaluatiestand stand = evaluaties.van(gemeente, verzoek.initiatief.id);
                if (stand instanceof Evaluatiestand.Geevalueerd) {
                    evaluatie = null;
                } else if (stand instanceof Evaluatiestand.NietGeevalueerd) {
                    evaluatie = "GEEN_EVALUATIE";
                } else {
                    evaluatie = "ONBEKEND";
                    bekend = false;
                }
            }
            if (evaluatie != null) {
                teEvalueren.add(new TeEvaluerenResponse.Verzoek(verzoek.id, verzoek.taakOmschrijving, verzoek.status.name(),
                        verzoek.evaluatiedatum, verzoek.initiatief == null ? null : verzoek.initiatief.id, evaluatie));
            }
        }
        return new TeEvaluerenResponse(gemeente, vandaag, bekend, teEvalueren);
    }

    /**
     * The year for the raad: received, decided (in time or late by the {@code Beslistermijn} rule, the same the verzoek
     * shows), granted, refused per weigeringsgrond, buiten behandeling, and the budget transferred by overeenkomsten
     * starting that year.
     */
    public UitdaagrechtJaaroverzichtResponse jaaroverzicht(String gemeente, int jaar) {
        beller.controleerLezen(gemeente);
        Gemeenten.existing(gemeente);
        LocalDate van = LocalDate.of(jaar, 1, 1);
        LocalDate tot = LocalDate.of(jaar, 12, 31);
        long ontvangen = Uitdaagrechtverzoek.count("gemeente = ?1 and ontvangstdatum between ?2 and ?3", gemeente, van, tot);
        List<Uitdaagrechtverzoek> besloten = Uitdaagrechtverzoek.list(
                "gemeente = ?1 and besluit is not null and besluitdatum between ?2 and ?3", gemeente, van, tot);
        long teLaat = 0;
        long toegekend = 0;
        Map<Weigeringsgrond, Long> perGrond = new EnumMap<>(Weigeringsgrond.class);
        for (Weigeringsgrond grond : Weigeringsgrond.values()) {
            perGrond.put(grond, 0L);
        }
        for (Uitdaagrechtverzoek verzoek : besloten) {
            if (verzoeken.stand(verzoek).termijn().termijnOverschreden()) {
                teLaat++;
            }
            if (verzoek.besluit == Besluitsoort.TOEGEKEND) {
                toegekend++;
            } else {
                Codes.los(Weigeringsgrond.class, verzoek.weigeringsgronden).forEach(grond -> perGrond.merge(grond, 1L, Long::sum));
            }
        }
        long buitenBehandeling = Uitdaagrechtverzoek.count("gemeente = ?1 and status = ?2 and besluitdatum between ?3 and ?4",
                gemeente, UitdaagrechtStatus.BUITEN_BEHANDELING, van, tot);
        BigDecimal overgedragen = Uitdaagrechtverzoek.getEntityManager().createQuery(
                        "select coalesce(sum(v.overgedragenBudget), 0) from Uitdaagrechtverzoek v"
                                + " where v.gemeente = :gemeente and v.overeenkomstStart between :van and :tot", BigDecimal.class)
                .setParameter("gemeente", gemeente).setParameter("van", van).setParameter("tot", tot)
                .getSingleResult().setScale(2);
        List<UitdaagrechtJaaroverzichtResponse.Weigeringstelling> tellingen = perGrond.entrySet().stream()
                .map(e -> new UitdaagrechtJaaroverzichtResponse.Weigeringstelling(e.getKey().name(), e.getValue())).toList();
        return new UitdaagrechtJaaroverzichtResponse(gemeente, jaar, ontvangen, besloten.size(), besloten.size() - teLaat,
                teLaat, toegekend, besloten.size() - toegekend, tellingen, buitenBehandeling, overgedragen);
    }
}
