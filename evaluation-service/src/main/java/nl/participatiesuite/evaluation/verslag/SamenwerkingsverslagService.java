package nl.participatiesuite.evaluation.verslag;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.apirules.security.Beller;
import nl.participatiesuite.evaluation.evaluatie.Evaluatie;

/**
 * Who may read a samenwerkingsverslag (domain.md §4): a shared report (leerzaam voorbeeld) anyone, an initiator
 * without a token included, so it can go with an omgevingsvergunning application; any other report only its own
 * gemeente (no token: 401, another gemeente: 403). Which personal fields a reader sees is decided per field when the
 * answer is written (PersoonsgegevensAfscherming): only the report's own gemeente sees the opsteller.
 */
@ApplicationScoped
public class SamenwerkingsverslagService {

    private final Beller beller;
    private final Klok klok;

    SamenwerkingsverslagService(Beller beller, Klok klok) {
        this.beller = beller;
        this.klok = klok;
    }

    Samenwerkingsverslag verslag(UUID evaluatieId) {
        return new Samenwerkingsverslag(leesbaar(evaluatieId), klok.vandaag());
    }

    Evaluatie leesbaar(UUID evaluatieId) {
        Evaluatie evaluatie = Evaluatie.findById(evaluatieId);
        if (evaluatie == null) {
            throw ProblemException.notFound("Evaluatie", evaluatieId);
        }
        if (!evaluatie.gedeeld) {
            if (beller.isAnoniem()) {
                // The suite's one 401 (problem+json with WWW-Authenticate), as for an endpoint that needs a token.
                throw new UnauthorizedException();
            }
            beller.controleerLezen(evaluatie.gemeente);
        }
        return evaluatie;
    }
}
