package nl.participatiesuite.registry.regels;

import java.util.Set;

/**
 * domain.md §5: "the samenwerkingswijzer of an uitdaagrecht is overheidsparticipatie with ondersteuningGevraagd
 * MIDDELEN or MEDE_INITIATIEFNEMER". A verzoek takes over a task of the gemeente, so the beoordeling it names must be
 * one where society takes the initiative (initiatiefnemer SAMENLEVING) and asks the gemeente for its means or to join.
 * The values are those of the assessment-service's contract (BeoordelingInvoer).
 */
public final class UitdaagrechtSamenwerkingswijzer {

    private static final Set<String> ONDERSTEUNING = Set.of("MIDDELEN", "MEDE_INITIATIEFNEMER");

    private UitdaagrechtSamenwerkingswijzer() {
    }

    /** Whether a beoordeling with these answers can be the samenwerkingswijzer of an uitdaagrechtverzoek. */
    public static boolean past(String initiatiefnemer, String ondersteuningGevraagd) {
        return "SAMENLEVING".equals(initiatiefnemer) && ondersteuningGevraagd != null && ONDERSTEUNING.contains(ondersteuningGevraagd);
    }
}
