package nl.participatiesuite.registry.uitdaagrecht;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import nl.participatiesuite.registry.common.Contactgegevens;
import nl.participatiesuite.registry.common.Euro;
import nl.participatiesuite.registry.gemeente.Gemeenten;
import nl.participatiesuite.registry.initiatief.Initiatief;
import nl.participatiesuite.registry.initiatief.Initiatieven;
import nl.participatiesuite.registry.peer.BeoordelingVerwijzing;
import nl.participatiesuite.registry.kern.Kern;
import nl.participatiesuite.registry.kern.Kernen;
import nl.participatiesuite.registry.regels.Beslistermijn;
import nl.participatiesuite.registry.regels.Ontvankelijkheid;
import nl.participatiesuite.registry.regels.Overdrachtsbudget;
import nl.participatiesuite.registry.regels.UitdaagrechtLevenscyclus;
import nl.participatiesuite.registry.regels.UitdaagrechtStatus;
import nl.participatiesuite.registry.regels.Verordeningsregels;
import nl.participatiesuite.registry.regels.VerzoekOnderdeel;
import nl.participatiesuite.registry.regelset.GeldendeRegelset;
import nl.participatiesuite.registry.regelset.Regelset;
import nl.participatiesuite.registry.regelset.Regelsets;

/**
 * The uitdaagrecht of domain.md §5: receipt, ontvankelijkheid (herstelverzoek), beslistermijn, besluit and
 * overeenkomst of a verzoek, each step recorded with its actor from the token. Verzoeken are not public (domain.md §4
 * lists them nowhere among the public data): the own gemeente reads them, a medewerker writes them.
 */
@ApplicationScoped
public class UitdaagrechtverzoekService {

    /** Where the BINNEN_14_DAGEN filter looks ahead to (domain.md §5: "past or within 14 days"). */
    static final int DAGEN_VOORUIT = 14;

    @Inject
    Klok klok;

    @Inject
    Beller beller;

    @Inject
    BeoordelingVerwijzing beoordelingen;

    /**
     * Receives a verzoek. It keeps the rule set in force on its ontvangstdatum (beslistermijn, hersteltermijn) for
     * good; an incomplete verzoek is received all the same and says what is missing.
     */
    @Transactional
    public Verzoekstand create(UitdaagrechtverzoekRequest request) {
        beller.controleerSchrijven(request.gemeente());
        List<Problem.InvalidParam> problems = new ArrayList<>();
        boolean gemeenteBekend = Gemeenten.referenced("gemeente", request.gemeente(), problems);
        // Without a known gemeente, kernen and the initiatief are only checked for existence.
        Verwijzingen verwijzingen = checkReferences(request, gemeenteBekend ? request.gemeente() : null, null, problems);
        Uitdaagrechtverzoek verzoek = new Uitdaagrechtverzoek();
        UitdaagrechtverzoekMapper.apply(request, verzoek, verwijzingen.kernen(), verwijzingen.initiatief());
        GeldendeRegelset regelset = Regelsets.geldendOp(request.gemeente(), request.ontvangstdatum());
        verzoek.regelset = regelset.id() == null ? null : Regelset.findById(regelset.id());
        verzoek.regelsetVersie = regelset.label();
        verzoek.status = UitdaagrechtLevenscyclus.BEGINSTATUS;
        verzoek.persist();
        UitdaagrechtStatuswijziging ontvangst = UitdaagrechtStatuswijziging.nieuw(verzoek, null, verzoek.status, null, klok.nu());
        // Who registered it: the caller, from the token.
        ontvangst.actor = beller.actor();
        ontvangst.persist();
        verzoek.flush();
        return stand(verzoek);
    }

    /**
     * Changes the verzoek's fields while it is undecided (afterwards the besluit and overeenkomst stand for it). When
     * the change supplies the last missing part, the open herstelverzoeken count as answered today: the suspension of
     * the beslistermijn ends (Awb 4:15).
     */
    @Transactional
    public Verzoekstand update(UUID id, UitdaagrechtverzoekWijziging wijziging, String ifMatch) {
        Uitdaagrechtverzoek verzoek = Uitdaagrechtverzoeken.existing(id);
        beller.controleerSchrijven(verzoek.gemeente);
        Preconditions.requireMatch(ifMatch, verzoek.versie);
        if (!verzoek.status.isVoorBesluit()) {
            throw ProblemException.conflict("verzoek-niet-meer-te-wijzigen", "Een uitdaagrechtverzoek in status "
                    + verzoek.status + " verandert niet meer: alleen voor het besluit (INGEDIEND, IN_BEHANDELING).");
        }
        Verwijzingen verwijzingen = checkReferences(wijziging, verzoek.gemeente, verzoek.beoordelingId, new ArrayList<>());
        UitdaagrechtverzoekMapper.apply(wijziging, verzoek, verwijzingen.kernen(), verwijzingen.initiatief());
        if (Ontvankelijkheid.isVolledig(verzoek.onderdelen())) {
            LocalDate vandaag = klok.vandaag();
            for (Herstelverzoek herstel : herstelverzoeken(verzoek.id)) {
                if (herstel.isOpen()) {
                    herstel.aangevuldOp = vandaag;
                }
            }
        }
        verzoek.flush();
        return stand(verzoek);
    }

    public Verzoekstand get(UUID id) {
        Uitdaagrechtverzoek verzoek = Uitdaagrechtverzoeken.existing(id);
        beller.controleerLezen(verzoek.gemeente);
        return stand(verzoek);
    }

    /**
     * The own gemeente's verzoeken (another gemeente is a 403), newest receipt first. The termijn filter applies the
     * {@link Beslistermijn} rule itself to the gemeente's undecided verzoeken (a suspension moves the date daily, so it
     * is no column); there are few of those, and the filter then says exactly what every verzoek shows.
     */
    public Page<Verzoekstand> list(String gemeente, UUID kern, String status, String termijn, String q, PageRequest page) {
        String eigen = beller.eigenGemeente(gemeente);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        where.add("v.gemeente = :gemeente");
        params.and("gemeente", eigen);
        if (kern != null) {
            where.add("exists (select 1 from Uitdaagrechtverzoek vk join vk.kernen k where vk.id = v.id and k.id = :kern)");
            params.and("kern", kern);
        }
        if (status != null) {
            where.add("v.status = :status");
            params.and("status", UitdaagrechtStatus.valueOf(status));
        }
        if (termijn != null) {
            List<UUID> ids = metTermijn(eigen, Termijnfilter.valueOf(termijn));
            where.add(ids.isEmpty() ? "v.id is null" : "v.id in :ids");
            if (!ids.isEmpty()) {
                params.and("ids", ids);
            }
        }
        String zoekterm = Tekst.normaliseer(q);
        if (zoekterm != null) {
            where.add("lower(v.taakOmschrijving) like :q");
            params.and("q", "%" + zoekterm.toLowerCase() + "%");
        }
        String hql = "from Uitdaagrechtverzoek v where " + String.join(" and ", where);
        PanacheQuery<Uitdaagrechtverzoek> query = Uitdaagrechtverzoek.find(hql,
                Sort.descending("ontvangstdatum").and("id", Sort.Direction.Ascending), params);
        return Paging.page(query, Uitdaagrechtverzoek.find(hql, params), page).map(this::stand);
    }

    private List<UUID> metTermijn(String gemeente, Termijnfilter filter) {
        LocalDate vandaag = klok.vandaag();
        List<Uitdaagrechtverzoek> onbesloten = Uitdaagrechtverzoek.list("gemeente = ?1 and status in ?2", gemeente,
                List.of(UitdaagrechtStatus.INGEDIEND, UitdaagrechtStatus.IN_BEHANDELING));
        List<UUID> ids = new ArrayList<>();
        for (Uitdaagrechtverzoek verzoek : onbesloten) {
            LocalDate uiterste = stand(verzoek).termijn().uitersteBeslisdatum();
            boolean past = switch (filter) {
                case VERSTREKEN -> uiterste.isBefore(vandaag);
                case BINNEN_14_DAGEN -> !uiterste.isBefore(vandaag) && !uiterste.isAfter(vandaag.plusDays(DAGEN_VOORUIT));
            };
            if (past) {
                ids.add(verzoek.id);
            }
        }
        return ids;
    }

    /**
     * A plain step (IN_BEHANDELING, IN_UITVOERING, AFGEROND, INGETROKKEN, BUITEN_BEHANDELING). BUITEN_BEHANDELING is
     * the gemeente's decision under Awb 4:5, not automatic: it is allowed once the last herstelverzoek's hersteltermijn
     * passed without the missing parts ({@code ontvankelijkheid.hersteltermijnVerstreken}). The row is locked, so
     * concurrent steps are checked one after the other; If-Match is optional.
     */
    @Transactional
    public UitdaagrechtStatuswijziging wijzig(UUID id, UitdaagrechtStatuswijzigingRequest request, String ifMatch) {
        Uitdaagrechtverzoek verzoek = vergrendeld(id, ifMatch);
        UitdaagrechtStatus naar = request.stap().status();
        controleerOvergang(verzoek.status, naar);
        if (naar == UitdaagrechtStatus.BUITEN_BEHANDELING && !stand(verzoek).hersteltermijnVerstreken()) {
            throw ProblemException.conflict("hersteltermijn-niet-verstreken", "Een verzoek gaat pas BUITEN_BEHANDELING "
                    + "wanneer het onvolledig is en de hersteltermijn van het laatste herstelverzoek ongebruikt voorbij is "
                    + "(Awb 4:5). Vraag eerst de ontbrekende onderdelen op met POST /uitdaagrechtverzoeken/" + id
                    + "/herstelverzoeken.");
        }
        if (verzoek.status.isVoorBesluit() && naar.isFinaal()) {
            // The term ends here: a withdrawn or unhandled verzoek needs no besluit any more.
            verzoek.besluitdatum = klok.vandaag();
        }
        return stap(verzoek, naar, Tekst.normaliseer(request.reden()));
    }

    /**
     * The besluit (domain.md §5): only IN_BEHANDELING, only on a complete verzoek. The besluitdatum (default today) is
     * kept, so a besluit after the uiterste beslisdatum marks the verzoek termijnOverschreden for good.
     */
    @Transactional
    public Verzoekstand besluit(UUID id, BesluitRequest request, String ifMatch) {
        Uitdaagrechtverzoek verzoek = vergrendeld(id, ifMatch);
        UitdaagrechtStatus naar = UitdaagrechtStatus.valueOf(request.soort().name());
        controleerOvergang(verzoek.status, naar);
        List<VerzoekOnderdeel> ontbrekend = Ontvankelijkheid.ontbrekend(verzoek.onderdelen());
        if (!ontbrekend.isEmpty()) {
            throw ProblemException.conflict("verzoek-onvolledig", "Op een onvolledig verzoek wordt niet besloten: "
                    + "ontbrekend zijn " + ontbrekend.stream().map(Enum::name).collect(Collectors.joining(", "))
                    + ". Vraag ze op met een herstelverzoek, of stel het verzoek na de hersteltermijn BUITEN_BEHANDELING.");
        }
        List<Problem.InvalidParam> problems = new ArrayList<>();
        Codes.geenDubbele("weigeringsgronden", request.weigeringsgronden(), problems);
        LocalDate besluitdatum = request.besluitdatum() == null ? klok.vandaag() : request.besluitdatum();
        if (besluitdatum.isBefore(verzoek.ontvangstdatum)) {
            problems.add(new Problem.InvalidParam("besluitdatum", InvalidParamCode.MIN,
                    "besluitdatum ligt niet voor de ontvangstdatum " + verzoek.ontvangstdatum + "."));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        UitdaagrechtverzoekMapper.apply(request, verzoek);
        verzoek.besluitdatum = besluitdatum;
        stap(verzoek, naar, verzoek.besluitMotivering);
        return stand(verzoek);
    }

    /**
     * The overeenkomst on a granted verzoek (domain.md §5): the transferred budget is no more than the task's current
     * yearly cost unless the motivering says why ({@link Overdrachtsbudget}).
     */
    @Transactional
    public Verzoekstand overeenkomst(UUID id, OvereenkomstRequest request, String ifMatch) {
        Uitdaagrechtverzoek verzoek = vergrendeld(id, ifMatch);
        controleerOvergang(verzoek.status, UitdaagrechtStatus.OVEREENKOMST_GESLOTEN);
        if (Overdrachtsbudget.vereistMotivering(request.overgedragenBudget(), verzoek.taakHuidigeJaarkosten)
                && Tekst.isLeeg(request.motiveringHogerBudget())) {
            throw ProblemException.invalid("motiveringHogerBudget", InvalidParamCode.REQUIRED,
                    verzoek.taakHuidigeJaarkosten == null
                            ? "motiveringHogerBudget is verplicht: de huidige jaarkosten van de taak zijn onbekend, dus een "
                                    + "budget kan niet binnen die kosten blijken."
                            : "motiveringHogerBudget is verplicht: " + Euro.format(request.overgedragenBudget())
                                    + " is meer dan de huidige jaarkosten van de taak (" + Euro.format(verzoek.taakHuidigeJaarkosten) + ").");
        }
        UitdaagrechtverzoekMapper.apply(request, verzoek);
        stap(verzoek, UitdaagrechtStatus.OVEREENKOMST_GESLOTEN, "Overeenkomst gesloten.");
        return stand(verzoek);
    }

    /**
     * Asks the indiener for the missing parts (Awb 4:5). The parts are those the ontvankelijkheid rule names; the
     * hersteltermijn is the verzoek's rule set's unless given. A new herstelverzoek starts no earlier than the previous
     * suspension ended, so no day is suspended twice.
     */
    @Transactional
    public Herstelverzoek herstelverzoek(UUID id, HerstelverzoekRequest request) {
        Uitdaagrechtverzoek verzoek = vergrendeld(id, null);
        if (!verzoek.status.isVoorBesluit()) {
            throw ProblemException.conflict("verzoek-niet-meer-te-herstellen", "Een herstelverzoek hoort bij een verzoek "
                    + "zonder besluit (INGEDIEND, IN_BEHANDELING); dit verzoek is " + verzoek.status + ".");
        }
        List<VerzoekOnderdeel> ontbrekend = Ontvankelijkheid.ontbrekend(verzoek.onderdelen());
        if (ontbrekend.isEmpty()) {
            throw ProblemException.conflict("verzoek-volledig", "Het verzoek is volledig: er is niets op te vragen.");
        }
        LocalDate vandaag = klok.vandaag();
        List<Herstelverzoek> eerdere = herstelverzoeken(verzoek.id);
        for (Herstelverzoek eerder : eerdere) {
            if (eerder.isOpen() && !vandaag.isAfter(eerder.hersteltermijnTot)) {
                throw ProblemException.conflict("herstelverzoek-loopt", "Er loopt al een herstelverzoek, met hersteltermijn "
                        + "tot en met " + eerder.hersteltermijnTot + ".");
            }
        }
        LocalDate verzondenOp = request.verzondenOp() == null ? vandaag : request.verzondenOp();
        if (verzondenOp.isBefore(verzoek.ontvangstdatum)) {
            throw ProblemException.invalid("verzondenOp", InvalidParamCode.MIN,
                    "verzondenOp ligt niet voor de ontvangstdatum " + verzoek.ontvangstdatum + ".");
        }
        for (Herstelverzoek eerder : eerdere) {
            LocalDate einde = eerder.aangevuldOp != null && eerder.aangevuldOp.isBefore(eerder.hersteltermijnTot)
                    ? eerder.aangevuldOp : eerder.hersteltermijnTot;
            if (verzondenOp.isBefore(einde)) {
                throw ProblemException.invalid("verzondenOp", InvalidParamCode.MIN,
                        "verzondenOp ligt niet voor het eind van het vorige herstelverzoek (" + einde + ").");
            }
        }
        Herstelverzoek herstel = new Herstelverzoek();
        herstel.verzoekId = verzoek.id;
        herstel.verzoek = verzoek;
        herstel.ontbrekendeOnderdelen = Codes.samenVan(ontbrekend);
        herstel.toelichting = Tekst.normaliseer(request.toelichting());
        herstel.verzondenOp = verzondenOp;
        int dagen = request.hersteltermijnDagen() != null ? request.hersteltermijnDagen() : regels(verzoek).hersteltermijnDagen();
        herstel.hersteltermijnTot = verzondenOp.plusDays(dagen);
        herstel.persist();
        herstel.flush();
        return herstel;
    }

    public Page<Herstelverzoek> herstelverzoeken(UUID id, PageRequest page) {
        beller.controleerLezen(Uitdaagrechtverzoeken.existing(id).gemeente);
        PanacheQuery<Herstelverzoek> query = Herstelverzoek.find("verzoekId", Sort.by("verzondenOp").and("id"), id);
        return Paging.page(query, page);
    }

    /** One herstelverzoek of the verzoek (the Location of its creation). */
    public Herstelverzoek herstelverzoek(UUID id, UUID herstelId) {
        beller.controleerLezen(Uitdaagrechtverzoeken.existing(id).gemeente);
        Herstelverzoek herstel = Herstelverzoek.findById(herstelId);
        if (herstel == null || !herstel.verzoekId.equals(id)) {
            throw ProblemException.notFound("Herstelverzoek", herstelId);
        }
        return herstel;
    }

    /** One recorded step of the verzoek (the Location of its creation). */
    public UitdaagrechtStatuswijziging statuswijziging(UUID id, UUID wijzigingId) {
        String gemeente = Uitdaagrechtverzoeken.existing(id).gemeente;
        beller.controleerLezen(gemeente);
        beller.antwoordHoortBij(gemeente);
        UitdaagrechtStatuswijziging wijziging = UitdaagrechtStatuswijziging.findById(wijzigingId);
        if (wijziging == null || !wijziging.verzoekId.equals(id)) {
            throw ProblemException.notFound("Statuswijziging", wijzigingId);
        }
        return wijziging;
    }

    /** The history in the order it happened; the actors (personal data) are for the own gemeente, the only reader. */
    public Page<UitdaagrechtStatuswijziging> geschiedenis(UUID id, PageRequest page) {
        String gemeente = Uitdaagrechtverzoeken.existing(id).gemeente;
        beller.controleerLezen(gemeente);
        beller.antwoordHoortBij(gemeente);
        PanacheQuery<UitdaagrechtStatuswijziging> query = UitdaagrechtStatuswijziging.find("verzoekId",
                Sort.by("tijdstip").and("id"), id);
        return Paging.page(query, page);
    }

    /**
     * AVG art. 17: the indiener's naam and the contactpersoon become markers (optional contact fields emptied); the
     * verzoek, its history and its audit trail stay. The history's actors are medewerkers from their tokens (never the
     * indiener, never free text), so they are not the person this erasure is about. A second erasure changes nothing.
     */
    @Transactional
    public Verzoekstand wissen(UUID id) {
        Uitdaagrechtverzoek verzoek = Uitdaagrechtverzoeken.existing(id);
        beller.controleerSchrijven(verzoek.gemeente);
        verzoek.indienerNaam = Gewist.NAAM;
        Contactgegevens gewist = Contactgegevens.gewist(verzoek.contactpersoon);
        if (gewist != verzoek.contactpersoon) {
            verzoek.contactpersoon = gewist;
        }
        verzoek.flush();
        return stand(verzoek);
    }

    /** What the rules say about the verzoek today. */
    Verzoekstand stand(Uitdaagrechtverzoek verzoek) {
        // The answer lists the kernen: read them while the transaction is open.
        verzoek.kernen.size();
        LocalDate vandaag = klok.vandaag();
        List<Herstelverzoek> herstel = herstelverzoeken(verzoek.id);
        List<VerzoekOnderdeel> ontbrekend = Ontvankelijkheid.ontbrekend(verzoek.onderdelen());
        Herstelverzoek laatste = herstel.isEmpty() ? null : herstel.get(herstel.size() - 1);
        boolean verstreken = verzoek.status.isVoorBesluit() && !ontbrekend.isEmpty() && laatste != null
                && laatste.isOpen() && vandaag.isAfter(laatste.hersteltermijnTot);
        int weken = regels(verzoek).beslistermijnWeken();
        Beslistermijn.Uitkomst termijn = Beslistermijn.bereken(verzoek.ontvangstdatum, weken,
                herstel.stream().map(Herstelverzoek::opschorting).toList(), verzoek.besluitdatum, vandaag);
        return new Verzoekstand(verzoek, ontbrekend, verstreken, weken, termijn);
    }

    private static Verordeningsregels regels(Uitdaagrechtverzoek verzoek) {
        return verzoek.regelset == null ? Verordeningsregels.standaard() : verzoek.regelset.regels();
    }

    private static List<Herstelverzoek> herstelverzoeken(UUID verzoekId) {
        return Herstelverzoek.list("verzoekId", Sort.by("verzondenOp").and("id"), verzoekId);
    }

    private Uitdaagrechtverzoek vergrendeld(UUID id, String ifMatch) {
        Uitdaagrechtverzoek verzoek = Uitdaagrechtverzoeken.lockedForUpdate(id);
        beller.controleerSchrijven(verzoek.gemeente);
        if (ifMatch != null) {
            Preconditions.requireMatch(ifMatch, verzoek.versie);
        }
        return verzoek;
    }

    private static void controleerOvergang(UitdaagrechtStatus van, UitdaagrechtStatus naar) {
        try {
            UitdaagrechtLevenscyclus.controleer(van, naar);
        } catch (UitdaagrechtLevenscyclus.OvergangNietToegestaan e) {
            throw ProblemException.conflict("statusovergang-niet-toegestaan", e.getMessage());
        }
    }

    /** Records the step: from the current status, by the caller (the token), at the Klok's moment. */
    private UitdaagrechtStatuswijziging stap(Uitdaagrechtverzoek verzoek, UitdaagrechtStatus naar, String reden) {
        UitdaagrechtStatuswijziging wijziging = UitdaagrechtStatuswijziging.nieuw(verzoek, verzoek.status, naar, reden,
                klok.nu());
        wijziging.actor = beller.actor();
        verzoek.status = naar;
        wijziging.persist();
        verzoek.flush();
        beller.antwoordHoortBij(verzoek.gemeente);
        return wijziging;
    }

    /** What the request refers to, once every reference has been checked. */
    private record Verwijzingen(Set<Kern> kernen, Initiatief initiatief) {
    }

    /**
     * Checks every reference first, so one 400 names all bad fields and nothing is changed on a 400.
     *
     * @param huidigeBeoordeling the beoordelingId the verzoek has now (null while it is received)
     */
    private Verwijzingen checkReferences(VerzoekGegevens gegevens, String gemeente, UUID huidigeBeoordeling,
            List<Problem.InvalidParam> problems) {
        Codes.geenDubbele("motiveringsgronden", gegevens.motiveringsgronden(), problems);
        Set<Kern> kernen = Kernen.referenced("kernIds", gegevens.kernIds(), gemeente, problems);
        Initiatieven.referenced("initiatiefId", gegevens.initiatiefId(), gemeente, problems);
        beoordelingen.vanVerzoek("beoordelingId", gegevens.beoordelingId(), huidigeBeoordeling, gemeente, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Initiatief initiatief = gegevens.initiatiefId() == null ? null : Initiatief.findById(gegevens.initiatiefId());
        return new Verwijzingen(kernen, initiatief);
    }
}
