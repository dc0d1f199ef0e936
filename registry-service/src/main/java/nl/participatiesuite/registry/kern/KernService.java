package nl.participatiesuite.registry.kern;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.participatiesuite.apirules.security.Beller;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.apirules.paging.CursorPage;
import nl.participatiesuite.apirules.paging.CursorPageRequest;
import nl.participatiesuite.apirules.paging.KeysetOrder;
import nl.participatiesuite.apirules.paging.PageStart;
import nl.participatiesuite.apirules.paging.Paging;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.registry.gemeente.Gemeenten;

@ApplicationScoped
public class KernService {

    @Inject
    Beller beller;

    /** The list's order; index kern_lijst_idx (gemeente_code, naam, id) serves it, also after a cursor. */
    static final KeysetOrder<Kern> OP_GEMEENTE_EN_NAAM = KeysetOrder.ascending(
            KeysetOrder.field("gemeente", String.class, kern -> kern.gemeente),
            KeysetOrder.field("naam", String.class, kern -> kern.naam),
            KeysetOrder.field("id", UUID.class, kern -> kern.id));

    /** HQL for "no kernambtenaar is assigned to this kern". */
    static final String ZONDER_KERNAMBTENAAR =
            "not exists (select 1 from Kernambtenaar a join a.kernen ak where ak.id = k.id)";

    @Transactional
    public Kern create(KernRequest request) {
        beller.controleerSchrijven(request.gemeente());
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (!Gemeenten.referenced("gemeente", request.gemeente(), problems)) {
            throw ProblemException.invalid(problems);
        }
        Kern kern = new Kern();
        requireUniekeNaam(kern, request);
        KernMapper.apply(request, kern);
        kern.persistAndFlush();
        return kern;
    }

    @Transactional
    public Kern update(UUID id, KernRequest request, String ifMatch) {
        Kern kern = Kernen.existing(id);
        beller.controleerSchrijven(kern.gemeente);
        Preconditions.requireMatch(ifMatch, kern.versie);
        if (!kern.gemeente.equals(request.gemeente())) {
            throw ProblemException.invalid("gemeente", InvalidParamCode.IMMUTABLE, "Een kern verhuist niet naar een andere gemeente.");
        }
        requireUniekeNaam(kern, request);
        KernMapper.apply(request, kern);
        kern.flush();
        return kern;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Kern kern = Kernen.existing(id);
        beller.controleerSchrijven(kern.gemeente);
        Preconditions.requireMatch(ifMatch, kern.versie);
        if (isReferenced(id)) {
            throw ProblemException.conflict("kern-in-gebruik",
                    "Kern " + kern.naam + " is nog gekoppeld aan kernambtenaren, organisaties, groepen, initiatieven,"
                    + " uitdaagrechtverzoeken of budgetten.");
        }
        kern.delete();
        // Flush here: a concurrent change or reference then fails inside this method (412 or 409), not at commit.
        kern.flush();
    }

    /** Public (domain.md §4): anyone reads a kern; the kernwethouder only the own gemeente (KernResponse). */
    public Kern get(UUID id) {
        return Kernen.existing(id);
    }

    /** AVG art. 17: the kernwethouder's name (optional) is emptied; the kern and its audit trail stay. */
    @Transactional
    public Kern wissen(UUID id) {
        Kern kern = Kernen.existing(id);
        beller.controleerSchrijven(kern.gemeente);
        kern.kernwethouder = null;
        kern.flush();
        return kern;
    }

    public CursorPage<Kern> list(String gemeente, String q, Boolean zonderKernambtenaar, CursorPageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (gemeente != null) {
            where.add("k.gemeente = :gemeente");
            params.and("gemeente", gemeente);
        }
        String zoekterm = Tekst.normaliseer(q);
        if (zoekterm != null) {
            where.add("lower(k.naam) like :q");
            params.and("q", "%" + zoekterm.toLowerCase() + "%");
        }
        if (Boolean.TRUE.equals(zonderKernambtenaar)) {
            where.add(ZONDER_KERNAMBTENAAR);
        } else if (Boolean.FALSE.equals(zonderKernambtenaar)) {
            where.add("not " + ZONDER_KERNAMBTENAAR);
        }
        PageStart start = OP_GEMEENTE_EN_NAAM.start(page);
        PanacheQuery<Kern> query = Kern.find(hql(start.conditions(where)), OP_GEMEENTE_EN_NAAM.sort(), start.parameters(params.map()));
        return Paging.page(query, Kern.find(hql(where), params), start, OP_GEMEENTE_EN_NAAM);
    }

    private static String hql(List<String> where) {
        return "from Kern k" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    /** Checked before the kern changes, so the query does not flush the change it is checking. */
    private static void requireUniekeNaam(Kern kern, KernRequest request) {
        String naam = Tekst.normaliseer(request.naam());
        boolean taken = Kern.count("gemeente = ?1 and lower(naam) = ?2 and id <> ?3",
                request.gemeente(), naam.toLowerCase(), kern.id) > 0;
        if (taken) {
            throw ProblemException.conflict("kern-bestaat", "Gemeente " + request.gemeente() + " heeft al een kern " + naam + ".");
        }
    }

    private boolean isReferenced(UUID id) {
        Object count = Kern.getEntityManager().createNativeQuery("""
                select (select count(*) from kernambtenaar_kern where kern_id = :id)
                     + (select count(*) from dorpsbelangenorganisatie_kern where kern_id = :id)
                     + (select count(*) from signaleringsgroep where kern_id = :id)
                     + (select count(*) from initiatief_kern where kern_id = :id)
                     + (select count(*) from leefbaarheidsbudget where kern_id = :id)
                     + (select count(*) from uitdaagrechtverzoek_kern where kern_id = :id)
                """).setParameter("id", id).getSingleResult();
        return ((Number) count).longValue() > 0;
    }
}
