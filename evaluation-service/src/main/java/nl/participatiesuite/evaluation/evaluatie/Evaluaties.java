package nl.participatiesuite.evaluation.evaluatie;

import java.util.Locale;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Look-ups of reports, and how a theme is stored and searched. */
public final class Evaluaties {

    private Evaluaties() {
    }

    public static Evaluatie existing(UUID id) {
        Evaluatie evaluatie = Evaluatie.findById(id);
        if (evaluatie == null) {
            throw ProblemException.notFound("Evaluatie", id);
        }
        return evaluatie;
    }

    /** Themes are grouped case-insensitively, so they are kept, and looked for, in lower case. */
    public static String thema(String thema) {
        return thema.strip().toLowerCase(Locale.ROOT);
    }

    static void eenPerInitiatief(UUID initiatiefId) {
        if (Evaluatie.count("initiatiefId", initiatiefId) > 0) {
            throw ProblemException.conflict("evaluatie-bestaat",
                    "Initiatief " + initiatiefId + " heeft al een evaluatie; wijzig die met PUT.");
        }
    }
}
