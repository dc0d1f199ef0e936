package nl.participatiesuite.registry.peer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.registry.regels.UitdaagrechtSamenwerkingswijzer;

/**
 * A beoordelingId a client gives the registry, checked with the assessment-service, which owns beoordelingen (issue 13:
 * the registry never accepts an id the assessment does not know). Asked only when the id differs from the one the
 * registry already holds, so a client that sends back what it read costs no call. When the assessment-service cannot be
 * asked, nothing is changed: 503 with Retry-After.
 */
@ApplicationScoped
public class BeoordelingVerwijzing {

    /** The contract's word on beoordelingId in an initiatief's request (submission and change alike). */
    public static final String IN_INITIATIEFVERZOEK = "Alleen-lezen: de assessment-service is eigenaar van de koppeling"
            + " tussen beoordeling en initiatief (Beoordeling.initiatiefId) en de registry neemt haar over uit de notificaties"
            + " van de assessment-service (kanaal beoordelingen). Weglaten of null laat de koppeling zoals ze is; een ander id"
            + " dan het huidige wordt alleen aanvaard als de assessment-service die beoordeling kent, in dezelfde gemeente, en"
            + " zij dit initiatief al noemt (anders 400: unknown, otherGemeente of inconsistent). Kan de assessment-service"
            + " niet worden gevraagd: 503 met Retry-After en er verandert niets.";

    /** The contract's word on the 503 of an operation that may check a beoordelingId. */
    public static final String ONBEREIKBAAR = "Een nieuw beoordelingId kon niet bij de assessment-service worden nagegaan;"
            + " er is niets gewijzigd (assessment-onbereikbaar, Retry-After)";

    /** The contract's word on beoordelingId in an uitdaagrechtverzoek's request. */
    public static final String IN_VERZOEK = "De samenwerkingswijzer van het verzoek: een beoordeling in de assessment-service"
            + " van dezelfde gemeente die overheidsparticipatie is (initiatiefnemer SAMENLEVING) met ondersteuningGevraagd"
            + " MIDDELEN of MEDE_INITIATIEFNEMER (domain.md §5). Anders 400: unknown, otherGemeente of inconsistent; is de"
            + " assessment-service niet te vragen: 503 met Retry-After. null verwijdert de koppeling; wordt de beoordeling"
            + " daar verwijderd, dan verdwijnt de koppeling hier ook.";

    private final Beoordelingen beoordelingen;

    BeoordelingVerwijzing(Beoordelingen beoordelingen) {
        this.beoordelingen = beoordelingen;
    }

    /**
     * An initiatief's beoordelingId is the assessment's to set (registry.beoordeling.BeoordelingKoppeling): for a client it is
     * read-only. Left out (or null) keeps the link as it is; the same id is fine; another id only when that beoordeling
     * already names this initiatief, which is the link the assessment-service will set anyway.
     *
     * @param initiatiefId the initiatief, or null while it is being created (no beoordeling can name it yet)
     * @return the beoordelingId the initiatief keeps
     */
    public UUID vanInitiatief(String field, UUID gegeven, UUID initiatiefId, UUID huidig, String gemeente,
            List<Problem.InvalidParam> problems) {
        if (gegeven == null || gegeven.equals(huidig)) {
            return huidig;
        }
        Beoordelingstand.Bekend beoordeling = bekend(field, gegeven, gemeente, problems);
        if (beoordeling == null) {
            return huidig;
        }
        if (initiatiefId == null || !initiatiefId.equals(beoordeling.initiatiefId())) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.INCONSISTENT, "Beoordeling " + gegeven
                    + " noemt dit initiatief niet. De assessment-service is eigenaar van de koppeling: geef de beoordeling"
                    + " daar dit initiatiefId, dan neemt de registry de koppeling over."));
            return huidig;
        }
        return gegeven;
    }

    /**
     * An uitdaagrechtverzoek's beoordelingId is the client's to set (the assessment-service does not know verzoeken),
     * but only to a beoordeling of the verzoek's gemeente that exists and is an uitdaagrecht's samenwerkingswijzer
     * ({@link UitdaagrechtSamenwerkingswijzer}); null removes the link.
     */
    public void vanVerzoek(String field, UUID gegeven, UUID huidig, String gemeente, List<Problem.InvalidParam> problems) {
        if (gegeven == null || gegeven.equals(huidig)) {
            return;
        }
        Beoordelingstand.Bekend beoordeling = bekend(field, gegeven, gemeente, problems);
        if (beoordeling != null
                && !UitdaagrechtSamenwerkingswijzer.past(beoordeling.initiatiefnemer(), beoordeling.ondersteuningGevraagd())) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.INCONSISTENT, "Beoordeling " + gegeven
                    + " is geen samenwerkingswijzer van een uitdaagrecht: dat is overheidsparticipatie (initiatiefnemer"
                    + " SAMENLEVING) met ondersteuningGevraagd MIDDELEN of MEDE_INITIATIEFNEMER."));
        }
    }

    /** The beoordeling when it exists in this gemeente; else the problem is added and the answer is null. */
    private Beoordelingstand.Bekend bekend(String field, UUID id, String gemeente, List<Problem.InvalidParam> problems) {
        Beoordelingstand stand = beoordelingen.van(id);
        if (stand instanceof Beoordelingstand.Onbereikbaar) {
            throw ProblemException.unavailable("assessment-onbereikbaar", "Assessment-service onbereikbaar",
                    "Of beoordeling " + id + " bestaat, kan nu niet worden nagegaan; er is niets gewijzigd.");
        }
        if (!(stand instanceof Beoordelingstand.Bekend beoordeling)) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.UNKNOWN,
                    "De assessment-service kent geen beoordeling " + id + "."));
            return null;
        }
        if (gemeente != null && !gemeente.equals(beoordeling.gemeente())) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.OTHER_GEMEENTE,
                    "Beoordeling " + id + " hoort niet bij gemeente " + gemeente + "."));
            return null;
        }
        return beoordeling;
    }
}
