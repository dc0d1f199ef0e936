package nl.participatiesuite.evaluation.evaluatie;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import nl.participatiesuite.apirules.data.Versiestand;
import nl.participatiesuite.apirules.http.Weergaven;
import nl.participatiesuite.apirules.http.Weergaven.Weergave;
import nl.participatiesuite.apirules.paging.CursorPage;
import nl.participatiesuite.apirules.paging.CursorPageRequest;
import nl.participatiesuite.apirules.paging.KeysetOrder;
import nl.participatiesuite.apirules.paging.PageStart;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.evaluation.peer.Assessment;
import nl.participatiesuite.evaluation.peer.GeplandNiveau;
import nl.participatiesuite.evaluation.peer.Initiatiefcontrole;
import nl.participatiesuite.evaluation.peer.Register;
import nl.participatiesuite.evaluation.peer.RegistryInitiatief;

/**
 * Creates, changes and reads reports. The peers are asked before {@link EvaluatieOpslag} opens the
 * transaction, so no database connection waits on a remote call, and a failing registry leaves nothing behind.
 * A report is data of its gemeente (domain.md §4): only its own medewerkers write it, only its own
 * raadplegers read it; other gemeenten read the shared ones as leerzame voorbeelden.
 */
@ApplicationScoped
public class EvaluatieService {

    /** Newest first; the indexes of V4__lijstvolgorde_nieuwste_eerst.sql serve it, also after a cursor. */
    static final KeysetOrder<Evaluatie> NIEUWSTE_EERST = KeysetOrder.descending(
            KeysetOrder.field("aangemaaktOp", Instant.class, evaluatie -> evaluatie.aangemaaktOp),
            KeysetOrder.field("id", UUID.class, evaluatie -> evaluatie.id));

    private final Register register;
    private final Assessment assessment;
    private final EvaluatieOpslag opslag;
    private final Beller beller;
    private final Weergaven weergaven;

    EvaluatieService(Register register, Assessment assessment, EvaluatieOpslag opslag, Beller beller,
            Weergaven weergaven) {
        this.register = register;
        this.assessment = assessment;
        this.opslag = opslag;
        this.beller = beller;
        this.weergaven = weergaven;
    }

    /**
     * The report's gemeente is the initiatief's, as the registry says: a report about another gemeente's
     * initiatief is a write in that gemeente (403), checked before anything else about it is told or asked.
     */
    public Evaluatie create(EvaluatieRequest request) {
        RegistryInitiatief initiatief = geverifieerd(request.initiatiefId());
        beller.controleerSchrijven(initiatief.gemeente());
        // A second report costs no assessment call; the transaction checks again.
        Evaluaties.eenPerInitiatief(request.initiatiefId());
        GeplandNiveau gepland = assessment.geplandNiveau(request.initiatiefId());
        return opslag.nieuw(request, initiatief, gepland);
    }

    /**
     * 404, the gemeente, If-Match and the fixed initiatief are checked in the transaction, together with the
     * write; the gemeente also before the assessment-service is asked, so another gemeente's caller asks it nothing.
     */
    public Evaluatie update(UUID id, EvaluatieRequest request, String ifMatch) {
        beller.controleerSchrijven(Evaluaties.existing(id).gemeente);
        GeplandNiveau gepland = assessment.geplandNiveau(request.initiatiefId());
        return opslag.wijzig(id, request, ifMatch, gepland);
    }

    /** AVG art. 17: the opsteller's name and e-mail are emptied; the report and its audit trail stay. */
    public Evaluatie wissen(UUID id) {
        return opslag.wissen(id);
    }

    /**
     * The answer of GET by id: one narrow query for the report's stand, then the kept JSON of that version, so its
     * eight lists are read only when the report changed (Weergaven).
     */
    public <A> Weergave weergave(UUID id, Class<A> soort, Function<Evaluatie, A> antwoord) {
        Versiestand stand = Evaluaties.stand(id);
        beller.controleerLezen(stand.gemeente());
        return weergaven.van(stand, soort, () -> get(id), antwoord);
    }

    public Evaluatie get(UUID id) {
        Evaluatie evaluatie = Evaluaties.existing(id);
        beller.controleerLezen(evaluatie.gemeente);
        return evaluatie;
    }

    /** The own gemeente's reports only: without a gemeente filter the caller's, another gemeente is a 403. */
    public CursorPage<Evaluatie> list(EvaluatieFilter filter, CursorPageRequest page) {
        String gemeente = beller.eigenGemeente(filter.gemeente());
        PageStart start = NIEUWSTE_EERST.start(page);
        EvaluatieVoorwaarden filters = voorwaarden(gemeente, filter);
        EvaluatieVoorwaarden pagina = voorwaarden(gemeente, filter).na(start);
        PanacheQuery<Evaluatie> query = Evaluatie.find("from Evaluatie e" + pagina.where(), NIEUWSTE_EERST.sort(),
                pagina.parameters());
        // Counted unsorted: with a kern or thema the matching rows come from their index, not from walking the sort order.
        return Paging.page(query, Evaluatie.find("from Evaluatie e" + filters.where(), filters.parameters()), start,
                NIEUWSTE_EERST);
    }

    private static EvaluatieVoorwaarden voorwaarden(String gemeente, EvaluatieFilter filter) {
        EvaluatieVoorwaarden voorwaarden = new EvaluatieVoorwaarden()
                .gemeente(gemeente)
                .als(filter.initiatief(), "initiatief", "e.initiatiefId = :initiatief")
                .kern(filter.kern())
                .thema(filter.thema())
                .als(filter.gedeeld(), "gedeeld", "e.gedeeld = :gedeeld");
        if (Boolean.TRUE.equals(filter.terugkoppelingOntbreekt())) {
            voorwaarden.altijd("(e.terugkoppelingGegeven is null or e.terugkoppelingGegeven = false)");
        } else if (Boolean.FALSE.equals(filter.terugkoppelingOntbreekt())) {
            voorwaarden.altijd("e.terugkoppelingGegeven = true");
        }
        return voorwaarden;
    }

    private RegistryInitiatief geverifieerd(UUID initiatiefId) {
        Initiatiefcontrole controle = register.controleer(initiatiefId);
        if (controle instanceof Initiatiefcontrole.Bekend bekend) {
            return bekend.initiatief();
        }
        if (controle instanceof Initiatiefcontrole.Onbekend) {
            throw ProblemException.invalid("initiatiefId", InvalidParamCode.UNKNOWN,
                    "Initiatief " + initiatiefId + " is niet bekend in het register.");
        }
        throw ProblemException.unavailable("register-onbereikbaar", "Register onbereikbaar",
                "Het register (registry-service) gaf niet op tijd een bruikbaar antwoord, dus het initiatief kon niet"
                        + " worden gecontroleerd. Er is niets opgeslagen; probeer het later opnieuw.");
    }
}
