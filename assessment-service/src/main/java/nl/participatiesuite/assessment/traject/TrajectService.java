package nl.participatiesuite.assessment.traject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.traject.domain.Fase;
import nl.participatiesuite.assessment.traject.domain.Overgang;
import nl.participatiesuite.assessment.traject.domain.Samenwerkingstraject;
import nl.participatiesuite.assessment.traject.domain.Terugkoppeling;
import nl.participatiesuite.assessment.traject.domain.TrajectException;
import nl.participatiesuite.assessment.traject.domain.TrajectFoutCode;
import nl.participatiesuite.assessment.traject.domain.TrajectStap;

/**
 * Stores samenwerkingstrajecten. Every change loads the stored state into the pure
 * {@link Samenwerkingstraject}, lets it decide, and writes back what it returned; the trajectory row is locked
 * meanwhile, so two moves at once are applied one after the other. Text reaches the pure rules normalised
 * ({@link Tekst#normaliseer}: blank is absent) and time comes from the {@link Klok}.
 *
 * <p>Who may (domain.md §4): the roles are on the resource; here a change only in the caller's own gemeente, a read
 * only of the own gemeente, and the actor of every move is the caller's token ({@link Beller#actor}).
 */
@ApplicationScoped
public class TrajectService {

    private final JsonKolommen json;
    private final Klok klok;
    private final Beller beller;

    TrajectService(JsonKolommen json, Klok klok, Beller beller) {
        this.json = json;
        this.klok = klok;
        this.beller = beller;
    }

    @Transactional
    public Traject create(TrajectRequest request) {
        beller.controleerSchrijven(request.gemeente());
        Traject traject = new Traject();
        TrajectMapper.apply(request, traject, json);
        traject.huidigeStap = Samenwerkingstraject.nieuw().huidigeStap().nummer();
        traject.persistAndFlush();
        return traject;
    }

    public Traject traject(UUID id) {
        Traject traject = bestaand(id);
        beller.controleerLezen(traject.gemeente);
        return traject;
    }

    /** Records the college's report and/or the raad's kaders for the current phase. */
    @Transactional
    public Traject terugkoppeling(UUID id, String ifMatch, TerugkoppelingRequest request) {
        if (request.collegeGerapporteerdOp() == null && request.raadKadersVastgesteldOp() == null) {
            String reden = "Vermeld minstens één datum: wanneer het college rapporteerde of wanneer de raad de kaders vaststelde.";
            throw ProblemException.invalid(List.of(
                    new Problem.InvalidParam("collegeGerapporteerdOp", InvalidParamCode.REQUIRED, reden),
                    new Problem.InvalidParam("raadKadersVastgesteldOp", InvalidParamCode.REQUIRED, reden)));
        }
        Traject traject = vergrendeld(id, ifMatch);
        Samenwerkingstraject na = beslis(() -> {
            Samenwerkingstraject nieuw = domein(traject);
            if (request.collegeGerapporteerdOp() != null) {
                nieuw = nieuw.collegeHeeftGerapporteerd(request.collegeGerapporteerdOp());
            }
            if (request.raadKadersVastgesteldOp() != null) {
                nieuw = nieuw.raadHeeftKadersVastgesteld(request.raadKadersVastgesteldOp());
            }
            return nieuw;
        });
        Terugkoppeling vastgelegd = na.terugkoppeling(na.huidigeFase()).orElseThrow();
        Terugkoppelingsmoment moment = traject.terugkoppelingen.stream()
                .filter(t -> t.fase == vastgelegd.fase())
                .findFirst()
                .orElseGet(() -> {
                    Terugkoppelingsmoment nieuw = new Terugkoppelingsmoment();
                    nieuw.fase = vastgelegd.fase();
                    traject.terugkoppelingen.add(nieuw);
                    return nieuw;
                });
        moment.collegeGerapporteerdOp = vastgelegd.collegeGerapporteerd();
        moment.raadKadersVastgesteldOp = vastgelegd.raadKadersVastgesteld();
        String toelichting = Tekst.normaliseer(request.toelichting());
        if (toelichting != null) {
            moment.toelichting = toelichting;
        }
        moment.vastgelegdOp = klok.nu();
        traject.flush();
        return traject;
    }

    /** Moves the trajectory; a move the BINNO rules refuse is a 409 with the rule's code as problem type. */
    @Transactional
    public Traject overgang(UUID id, String ifMatch, OvergangRequest request) {
        Traject traject = vergrendeld(id, ifMatch);
        Samenwerkingstraject voor = domein(traject);
        Samenwerkingstraject na = beslis(() -> voor.naar(TrajectStap.metNummer(request.naarStap()),
                Tekst.normaliseer(request.reden()), beller.actor(), klok.nu()));
        Overgang overgang = na.geschiedenis().get(na.geschiedenis().size() - 1);

        Map<Fase, Terugkoppelingsmoment> opgeslagen = traject.terugkoppelingen.stream()
                .collect(Collectors.toMap(t -> t.fase, Function.identity()));
        List<TerugkoppelingResponse> vervallen = overgang.vervallenTerugkoppelingen().stream()
                .map(t -> TerugkoppelingResponse.of(opgeslagen.get(t.fase())))
                .toList();
        traject.terugkoppelingen.removeIf(t -> na.terugkoppeling(t.fase).isEmpty());
        traject.huidigeStap = na.huidigeStap().nummer();

        TrajectOvergang regel = new TrajectOvergang();
        regel.trajectId = traject.id;
        regel.traject = traject;
        regel.volgnummer = (int) TrajectOvergang.count("trajectId", traject.id) + 1;
        regel.vanStap = overgang.van().nummer();
        regel.naarStap = overgang.naar().nummer();
        regel.reden = overgang.reden();
        regel.actor = overgang.actor();
        regel.tijdstip = overgang.tijdstip();
        regel.vervallenTerugkoppelingen = json.schrijf(vervallen);
        regel.persist();
        traject.flush();
        return traject;
    }

    /** The trajectories of the caller's own gemeente (the default; another one is a 403), newest first. */
    public Page<Traject> list(String gemeente, PageRequest page) {
        Sort nieuwsteEerst = Sort.by("aangemaaktOp", Sort.Direction.Descending).and("id");
        PanacheQuery<Traject> query = Traject.find("gemeente", nieuwsteEerst, beller.eigenGemeente(gemeente));
        return Paging.page(query, page);
    }

    /**
     * The trajectory's history, oldest first; 404 for an unknown trajectory. Its lines name no gemeente: their
     * actors (personal data) follow the trajectory's.
     */
    public Page<TrajectOvergang> overgangen(UUID id, PageRequest page) {
        Traject traject = traject(id);
        beller.antwoordHoortBij(traject.gemeente);
        PanacheQuery<TrajectOvergang> query = TrajectOvergang.find("trajectId", Sort.by("volgnummer"), id);
        return Paging.page(query, page);
    }

    /**
     * AVG art. 17: every actor in the history becomes {@link Gewist#NAAM}; the moves, their reasons and times, and
     * the audit trail stay. The history is append-only (its columns are not updatable through the entity), so it is
     * rewritten by one statement, and the trajectory records when: that change is the erasure's audit entry (and a
     * new ETag, since the history changed). A second request finds nothing to erase and changes nothing.
     */
    @Transactional
    public Traject wis(UUID id) {
        Traject traject = bestaand(id);
        beller.controleerSchrijven(traject.gemeente);
        int gewist = Traject.getEntityManager()
                .createNativeQuery("update traject_overgang set actor = :gewist where traject_id = :traject and actor <> :gewist")
                .setParameter("gewist", Gewist.NAAM)
                .setParameter("traject", id)
                .executeUpdate();
        if (gewist > 0) {
            traject.persoonsgegevensGewistOp = klok.nu();
            traject.flush();
        }
        return traject;
    }

    private static Traject bestaand(UUID id) {
        Traject traject = Traject.findById(id);
        if (traject == null) {
            throw nietGevonden(id);
        }
        return traject;
    }

    /** The If-Match header is optional here; when given, it must name the current version. */
    private Traject vergrendeld(UUID id, String ifMatch) {
        Traject traject = Traject.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (traject == null) {
            throw nietGevonden(id);
        }
        beller.controleerSchrijven(traject.gemeente);
        if (ifMatch != null && !ifMatch.isBlank()) {
            Preconditions.requireMatch(ifMatch, traject.versie);
        }
        return traject;
    }

    private static ProblemException nietGevonden(UUID id) {
        return ProblemException.notFound("Samenwerkingstraject", id);
    }

    private static Samenwerkingstraject domein(Traject traject) {
        List<Terugkoppeling> terugkoppelingen = traject.terugkoppelingen.stream()
                .map(t -> new Terugkoppeling(t.fase, t.collegeGerapporteerdOp, t.raadKadersVastgesteldOp))
                .toList();
        // The rules need no history to decide; the new move is the last line of what they return.
        return new Samenwerkingstraject(TrajectStap.metNummer(traject.huidigeStap), terugkoppelingen, List.of());
    }

    private static Samenwerkingstraject beslis(Supplier<Samenwerkingstraject> handeling) {
        try {
            return handeling.get();
        } catch (TrajectException e) {
            if (e.code() == TrajectFoutCode.GEGEVEN_VEREIST) {
                throw ProblemException.invalid("$", InvalidParamCode.REQUIRED, e.getMessage());
            }
            // Problem types are kebab-case like all others: TERUGKOPPELING_ONTBREEKT → terugkoppeling-ontbreekt.
            String type = e.code().name().toLowerCase(Locale.ROOT).replace('_', '-');
            throw new ProblemException(409, type, "Handeling geweigerd", e.getMessage());
        }
    }
}
