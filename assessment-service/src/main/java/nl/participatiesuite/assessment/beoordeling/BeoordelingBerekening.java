package nl.participatiesuite.assessment.beoordeling;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.common.Overtredingen;
import nl.participatiesuite.assessment.engine.SamenwerkingswijzerEngine;
import nl.participatiesuite.assessment.engine.VerplichteParticipatieBepaling;
import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.assessment.peer.InitiatiefOpvraging;
import nl.participatiesuite.assessment.peer.Register;
import nl.participatiesuite.assessment.peer.Werkvormkennis;
import nl.participatiesuite.assessment.peer.WerkvormkennisCache;
import nl.participatiesuite.assessment.peer.Werkvormweergave;
import nl.participatiesuite.assessment.regelset.GekozenRegelset;
import nl.participatiesuite.assessment.regelset.Regelsets;

/**
 * Computes a beoordeling: asks the registry once for the initiatief it names and takes what the request leaves out
 * from it ({@link InitiatiefOvername}), checks the answers, finds the kern and its kernambtenaren
 * ({@link KernBepaling}), reads what worked before from the {@link WerkvormkennisCache} (no call to the
 * evaluation-service: the view this caller may see, and how fresh it is), takes the gemeente's current rule set and runs the engine.
 * {@link BeoordelingService} calls it outside any database transaction: a slow peer must never hold a connection.
 */
@ApplicationScoped
class BeoordelingBerekening {

    private static final SamenwerkingswijzerEngine ENGINE = new SamenwerkingswijzerEngine();

    /** The registry does not answer and the answers need it; the evaluation-service's problem type of that name. */
    static final String REGISTER_ONBEREIKBAAR = "register-onbereikbaar";

    private final InvoerOmzetting omzetting;
    private final Register register;
    private final KernBepaling kernBepaling;
    private final WerkvormkennisCache werkvormkennis;
    private final Regelsets regelsets;
    private final Beller beller;

    BeoordelingBerekening(InvoerOmzetting omzetting, Register register, KernBepaling kernBepaling,
            WerkvormkennisCache werkvormkennis, Regelsets regelsets, Beller beller) {
        this.omzetting = omzetting;
        this.register = register;
        this.kernBepaling = kernBepaling;
        this.werkvormkennis = werkvormkennis;
        this.regelsets = regelsets;
        this.beller = beller;
    }

    /**
     * @param vasteGemeente for a replacement: the gemeente the beoordeling already belongs to, which cannot change
     * @throws ProblemException 400 listing every invalid field, including ids the registry does not know; 503 when
     *                           the registry does not answer and the request leaves out what the initiatief would give
     */
    Berekend bereken(BeoordelingRequest request, String vasteGemeente) {
        // One question to the registry per request: it gives both the plan's description and its kern.
        UUID initiatiefId = InitiatiefOvername.initiatiefId(request);
        InitiatiefOpvraging initiatief = initiatief(initiatiefId);
        List<String> overTeNemen = initiatiefId == null ? List.of() : InitiatiefOvername.ontbrekend(request);
        InvoerOmzetting.Omgezet omgezet = omzetting.zetOm(initiatief instanceof InitiatiefOpvraging.Gevonden gevonden
                ? InitiatiefOvername.aangevuld(request, gevonden) : request);
        List<Problem.InvalidParam> problemen = new ArrayList<>(omgezet.problemen());
        if (!(initiatief instanceof InitiatiefOpvraging.Gevonden)) {
            // Not the caller's mistake: an unknown initiatief is reported on initiatiefId, and once it names a known
            // one these fields are taken from it; an unreachable registry is the 503 below.
            problemen.removeIf(p -> overTeNemen.contains(p.name()));
        }
        if (vasteGemeente != null && request.gemeente() != null && !vasteGemeente.equals(request.gemeente())) {
            problemen.add(new Problem.InvalidParam("gemeente", InvalidParamCode.IMMUTABLE,
                    "Een beoordeling verhuist niet naar een andere gemeente; maak een nieuwe beoordeling."));
        }
        boolean gemeenteGeldig = problemen.stream().noneMatch(p -> p.name().equals("gemeente"));
        String gemeente = gemeenteGeldig ? request.gemeente() : null;
        // Read once: the check below and the computation use the same version (and it is one query, not two).
        GekozenRegelset regelset = gemeenteGeldig ? regelsets.huidige(gemeente) : null;
        if (gemeenteGeldig) {
            problemen.addAll(Overtredingen.alsInvalidParams(
                    VerplichteParticipatieBepaling.onbekend(omgezet.invoer(), regelset.regels()), ""));
        }
        KernBepaling.Bepaald kern = kernBepaling.bepaal(gemeente, omgezet.initiatiefId(), initiatief, omgezet.kernId());
        problemen.addAll(kern.problemen());
        if (!problemen.isEmpty()) {
            throw ProblemException.invalid(problemen);
        }
        if (initiatief instanceof InitiatiefOpvraging.Onbereikbaar && !overTeNemen.isEmpty()) {
            // The request is complete as far as the caller can tell: the same request succeeds once the registry
            // answers, so this is a 503 with Retry-After, not a 400 that asks the caller to change it.
            throw ProblemException.unavailable(REGISTER_ONBEREIKBAAR, "Register onbereikbaar",
                    "Het register (registry-service) gaf niet op tijd een bruikbaar antwoord, dus "
                            + String.join(", ", overTeNemen) + " kon niet van initiatief " + initiatiefId
                            + " worden overgenomen. Er is niets opgeslagen; probeer het later opnieuw of geef deze"
                            + " velden zelf.");
        }
        return reken(gemeente, omgezet.initiatiefId(), kern, omgezet.invoer(), regelset);
    }

    /**
     * Recomputes stored answers as a replacement with the same answers would, without the checks a client's
     * request gets: a kern or initiatief the registry no longer knows simply leaves the plan without a kern.
     */
    Berekend herbereken(String gemeente, UUID initiatiefId, UUID kernId, BeoordelingInvoer invoer) {
        KernBepaling.Bepaald kern = kernBepaling.bepaal(gemeente, initiatiefId, initiatief(initiatiefId), kernId);
        return reken(gemeente, initiatiefId, kern, invoer, regelsets.huidige(gemeente));
    }

    /** The registry's answer for the initiatief, with the caller's token; null when none is named. */
    private InitiatiefOpvraging initiatief(UUID initiatiefId) {
        return initiatiefId == null ? null : register.initiatief(initiatiefId);
    }

    private Berekend reken(String gemeente, UUID initiatiefId, KernBepaling.Bepaald kern, BeoordelingInvoer invoer,
            GekozenRegelset regelset) {
        Werkvormkennis kennis = werkvormkennis.lees(gemeente, invoer.schaal(), Werkvormweergave.voor(beller, gemeente));
        Uitkomst uitkomst = ENGINE.beoordeel(invoer, regelset.regels(), kern.aanspreekpunt(), kennis.effectiviteit());
        return new Berekend(gemeente, initiatiefId, kern.kernId(), invoer, uitkomst, regelset,
                ActualiteitResponse.of(kennis), kern.kernGegevens());
    }

    /** A computed beoordeling, ready to show or store, with how fresh the cached peer data it used was. */
    record Berekend(String gemeente, UUID initiatiefId, UUID kernId, BeoordelingInvoer invoer,
            Uitkomst uitkomst, GekozenRegelset regelset, ActualiteitResponse werkvormEffectiviteit,
            ActualiteitResponse kernGegevens) {
    }
}
