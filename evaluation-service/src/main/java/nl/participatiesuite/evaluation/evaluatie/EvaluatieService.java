package nl.participatiesuite.evaluation.evaluatie;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.paging.Page;
import nl.participatiesuite.apirules.paging.PageRequest;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.evaluation.api.Versioned;
import nl.participatiesuite.evaluation.peer.Assessment;
import nl.participatiesuite.evaluation.peer.GeplandNiveau;
import nl.participatiesuite.evaluation.peer.Initiatiefcontrole;
import nl.participatiesuite.evaluation.peer.Register;
import nl.participatiesuite.evaluation.peer.RegistryInitiatief;
import nl.participatiesuite.evaluation.regels.GeplandNiveauBron;
import nl.participatiesuite.evaluation.regels.Ladderniveau;
import nl.participatiesuite.evaluation.regels.Schaal;

/**
 * Creates and changes reports. The peers are asked before the transaction starts, so no database
 * connection waits on a remote call, and a failing registry leaves nothing behind.
 */
@ApplicationScoped
public class EvaluatieService {

    private final Register register;
    private final Assessment assessment;

    EvaluatieService(Register register, Assessment assessment) {
        this.register = register;
        this.assessment = assessment;
    }

    public Versioned<EvaluatieResponse> create(EvaluatieRequest request) {
        eenPerInitiatief(request.initiatiefId());
        RegistryInitiatief initiatief = geverifieerd(request.initiatiefId());
        GeplandNiveau gepland = assessment.geplandNiveau(request.initiatiefId());
        return QuarkusTransaction.requiringNew().call(() -> {
            eenPerInitiatief(request.initiatiefId());
            Evaluatie evaluatie = new Evaluatie();
            evaluatie.initiatiefId = request.initiatiefId();
            evaluatie.gemeente = initiatief.gemeente();
            evaluatie.initiatiefTitel = initiatief.titel();
            evaluatie.kernIds = new ArrayList<>(initiatief.kernIds() == null ? List.of() : initiatief.kernIds());
            apply(evaluatie, request);
            neemGeplandNiveauOver(evaluatie, gepland);
            evaluatie.persistAndFlush();
            return new Versioned<>(EvaluatieMapper.toResponse(evaluatie), evaluatie.versie);
        });
    }

    public Versioned<EvaluatieResponse> update(UUID id, EvaluatieRequest request, String ifMatch) {
        // Checked before the assessment call: a stale or impossible change should cost no remote call.
        Evaluatie huidige = Evaluaties.existing(id);
        Preconditions.requireMatch(ifMatch, huidige.versie);
        if (!huidige.initiatiefId.equals(request.initiatiefId())) {
            throw ProblemException.invalid("initiatiefId", InvalidParamCode.IMMUTABLE,
                    "Een verslag hoort bij één initiatief; maak voor een ander initiatief een nieuw verslag.");
        }
        GeplandNiveau gepland = assessment.geplandNiveau(huidige.initiatiefId);
        return QuarkusTransaction.requiringNew().call(() -> {
            Evaluatie evaluatie = Evaluaties.existing(id);
            Preconditions.requireMatch(ifMatch, evaluatie.versie);
            apply(evaluatie, request);
            neemGeplandNiveauOver(evaluatie, gepland);
            evaluatie.flush();
            return new Versioned<>(EvaluatieMapper.toResponse(evaluatie), evaluatie.versie);
        });
    }

    public Versioned<EvaluatieResponse> get(UUID id) {
        Evaluatie evaluatie = Evaluaties.existing(id);
        return new Versioned<>(EvaluatieMapper.toResponse(evaluatie), evaluatie.versie);
    }

    public Page<EvaluatieResponse> list(EvaluatieFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.gemeente() != null) {
            where.add("e.gemeente = :gemeente");
            params.and("gemeente", filter.gemeente());
        }
        if (filter.initiatief() != null) {
            where.add("e.initiatiefId = :initiatief");
            params.and("initiatief", filter.initiatief());
        }
        if (filter.kern() != null) {
            where.add(":kern member of e.kernIds");
            params.and("kern", filter.kern());
        }
        if (filter.thema() != null && !filter.thema().isBlank()) {
            where.add(":thema member of e.themas");
            params.and("thema", thema(filter.thema()));
        }
        if (filter.gedeeld() != null) {
            where.add("e.gedeeld = :gedeeld");
            params.and("gedeeld", filter.gedeeld());
        }
        if (Boolean.TRUE.equals(filter.terugkoppelingOntbreekt())) {
            where.add("(e.terugkoppelingGegeven is null or e.terugkoppelingGegeven = false)");
        } else if (Boolean.FALSE.equals(filter.terugkoppelingOntbreekt())) {
            where.add("e.terugkoppelingGegeven = true");
        }
        String hql = "from Evaluatie e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<Evaluatie> query = Evaluatie.find(hql,
                Sort.by("aangemaaktOp", Sort.Direction.Descending).and("id"), params);
        List<EvaluatieResponse> items = query.range(page.offset(), page.offset() + page.pageSize - 1).list().stream()
                .map(EvaluatieMapper::toResponse).toList();
        return Page.of(items, page, Paging.count(query, page, items.size()));
    }

    /** Themes are grouped case-insensitively, so they are kept in lower case. */
    static String thema(String thema) {
        return thema.strip().toLowerCase(Locale.ROOT);
    }

    private static void eenPerInitiatief(UUID initiatiefId) {
        if (Evaluatie.count("initiatiefId", initiatiefId) > 0) {
            throw ProblemException.conflict("evaluatie-bestaat",
                    "Initiatief " + initiatiefId + " heeft al een evaluatie; wijzig die met PUT.");
        }
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
                "Het register (registry-service) antwoordde niet op tijd, dus het initiatief kon niet worden"
                        + " gecontroleerd. Er is niets opgeslagen; probeer het later opnieuw.");
    }

    /**
     * A fresh answer replaces the planned level. When the assessment-service is unreachable during a
     * change, a level already taken from a beoordeling stays: losing it would break a kept promise.
     */
    private static void neemGeplandNiveauOver(Evaluatie evaluatie, GeplandNiveau gepland) {
        if (gepland instanceof GeplandNiveau.Beoordeeld beoordeeld) {
            evaluatie.geplandNiveau = beoordeeld.niveau();
            evaluatie.beoordelingId = beoordeeld.beoordelingId();
            evaluatie.geplandNiveauBron = GeplandNiveauBron.BEOORDELING;
        } else if (gepland instanceof GeplandNiveau.GeenBeoordeling) {
            evaluatie.geplandNiveau = null;
            evaluatie.beoordelingId = null;
            evaluatie.geplandNiveauBron = GeplandNiveauBron.GEEN_BEOORDELING;
        } else if (evaluatie.geplandNiveauBron != GeplandNiveauBron.BEOORDELING) {
            evaluatie.geplandNiveau = null;
            evaluatie.beoordelingId = null;
            evaluatie.geplandNiveauBron = GeplandNiveauBron.ASSESSMENT_ONBEREIKBAAR;
        }
    }

    private static void apply(Evaluatie e, EvaluatieRequest r) {
        e.doelen.clear();
        for (EvaluatieRequest.Doel d : r.doelen()) {
            DoelUitkomst doel = new DoelUitkomst();
            doel.omschrijving = d.omschrijving().strip();
            doel.resultaat = Doelresultaat.valueOf(d.resultaat());
            doel.toelichting = blankToNull(d.toelichting());
            e.doelen.add(doel);
        }
        e.lessen.clear();
        addLessen(e, Lessoort.SUCCESFACTOR, r.succesfactoren());
        addLessen(e, Lessoort.LEERPUNT, r.leerpunten());
        addLessen(e, Lessoort.KNELPUNT, r.knelpunten());
        EvaluatieRequest.Terugkoppeling t = r.terugkoppeling();
        e.terugkoppelingGegeven = t == null ? null : t.gegeven();
        e.terugkoppelingHoe = t == null ? null : blankToNull(t.hoe());
        e.terugkoppelingWanneer = t == null ? null : t.wanneer();
        e.deelnemersoordelen.clear();
        for (EvaluatieRequest.Oordeel o : nonNull(r.deelnemersoordelen())) {
            Deelnemersoordeel oordeel = new Deelnemersoordeel();
            oordeel.groep = Deelnemersgroep.valueOf(o.groep());
            oordeel.score = o.score();
            oordeel.opmerking = blankToNull(o.opmerking());
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
        nonNull(r.themas()).forEach(t2 -> e.themas.add(thema(t2)));
        e.opstellerNaam = r.opsteller() == null ? null : blankToNull(r.opsteller().naam());
        e.opstellerEmail = r.opsteller() == null ? null : blankToNull(r.opsteller().email());
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
