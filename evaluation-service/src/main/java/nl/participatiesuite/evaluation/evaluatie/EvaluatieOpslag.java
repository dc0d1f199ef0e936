package nl.participatiesuite.evaluation.evaluatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.http.Preconditions;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.evaluation.peer.BeoordelingPagina;
import nl.participatiesuite.evaluation.peer.GeplandNiveau;
import nl.participatiesuite.evaluation.peer.RegistryInitiatief;
import nl.participatiesuite.evaluation.regels.GeplandNiveauBron;
import org.hibernate.Hibernate;

/**
 * The transactions of {@link EvaluatieService}: they write what the peers answered before, so a
 * transaction never waits on a remote call. Its own bean, so the transaction starts at a call through the container.
 */
@ApplicationScoped
class EvaluatieOpslag {

    @Inject
    Beller beller;

    @Transactional
    Evaluatie nieuw(EvaluatieRequest request, RegistryInitiatief initiatief, GeplandNiveau gepland) {
        Evaluaties.eenPerInitiatief(request.initiatiefId());
        Evaluatie evaluatie = new Evaluatie();
        evaluatie.initiatiefId = request.initiatiefId();
        evaluatie.gemeente = initiatief.gemeente();
        evaluatie.initiatiefTitel = initiatief.titel();
        evaluatie.kernIds = new ArrayList<>(initiatief.kernIds() == null ? List.of() : initiatief.kernIds());
        EvaluatieMapper.apply(request, evaluatie);
        neemGeplandNiveauOver(evaluatie, gepland);
        evaluatie.persistAndFlush();
        return evaluatie;
    }

    @Transactional
    Evaluatie wijzig(UUID id, EvaluatieRequest request, String ifMatch, GeplandNiveau gepland) {
        Evaluatie evaluatie = Evaluaties.existing(id);
        beller.controleerSchrijven(evaluatie.gemeente);
        Preconditions.requireMatch(ifMatch, evaluatie.versie);
        if (!evaluatie.initiatiefId.equals(request.initiatiefId())) {
            throw ProblemException.invalid("initiatiefId", InvalidParamCode.IMMUTABLE,
                    "Een verslag hoort bij één initiatief; maak voor een ander initiatief een nieuw verslag.");
        }
        EvaluatieMapper.apply(request, evaluatie);
        neemGeplandNiveauOver(evaluatie, gepland);
        evaluatie.flush();
        // The only list the request does not replace; the response is made after the commit.
        Hibernate.initialize(evaluatie.kernIds);
        return evaluatie;
    }

    /**
     * The opsteller's fields are optional, so erasing empties them (CONTRIBUTING, Erasure). Emptied fields stay
     * empty: a second request changes nothing, not even the version.
     */
    @Transactional
    Evaluatie wissen(UUID id) {
        Evaluatie evaluatie = Evaluaties.existing(id);
        beller.controleerSchrijven(evaluatie.gemeente);
        evaluatie.opstellerNaam = null;
        evaluatie.opstellerEmail = null;
        evaluatie.flush();
        // The answer is the whole report: read its lists while the transaction is open.
        Evaluaties.laadLijsten(evaluatie);
        return evaluatie;
    }

    /**
     * A fresh answer replaces the planned level. When the assessment-service is unreachable during a
     * change, a level already taken from a beoordeling stays: losing it would break a kept promise.
     */
    private static void neemGeplandNiveauOver(Evaluatie evaluatie, GeplandNiveau gepland) {
        if (gepland instanceof GeplandNiveau.Beoordeeld beoordeeld) {
            evaluatie.geplandNiveau = beoordeeld.niveau();
            evaluatie.beoordelingId = beoordeeld.beoordelingId();
            evaluatie.regelsetVersie = beoordeeld.regelsetVersie();
            evaluatie.verplichteParticipatie.clear();
            beoordeeld.verplichteParticipatie().forEach(g -> evaluatie.verplichteParticipatie.add(geval(g)));
            evaluatie.geplandNiveauBron = GeplandNiveauBron.BEOORDELING;
        } else if (gepland instanceof GeplandNiveau.GeenBeoordeling) {
            evaluatie.geplandNiveau = null;
            evaluatie.beoordelingId = null;
            evaluatie.regelsetVersie = null;
            evaluatie.verplichteParticipatie.clear();
            evaluatie.geplandNiveauBron = GeplandNiveauBron.GEEN_BEOORDELING;
        } else if (evaluatie.geplandNiveauBron != GeplandNiveauBron.BEOORDELING) {
            evaluatie.geplandNiveau = null;
            evaluatie.beoordelingId = null;
            evaluatie.regelsetVersie = null;
            evaluatie.verplichteParticipatie.clear();
            evaluatie.geplandNiveauBron = GeplandNiveauBron.ASSESSMENT_ONBEREIKBAAR;
        }
    }

    private static VerplichtGeval geval(BeoordelingPagina.Geval bron) {
        VerplichtGeval geval = new VerplichtGeval();
        geval.code = bron.code();
        geval.omschrijving = bron.omschrijving();
        geval.besluit = bron.besluit();
        geval.besluitdatum = bron.besluitdatum();
        return geval;
    }
}
