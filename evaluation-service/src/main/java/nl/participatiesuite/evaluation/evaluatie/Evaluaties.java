package nl.participatiesuite.evaluation.evaluatie;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Versiestand;
import nl.participatiesuite.apirules.problem.ProblemException;
import org.hibernate.Hibernate;

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

    /** The report's gemeente and version: all its answer shows is its own row and lists, which count in its version. */
    static Versiestand stand(UUID id) {
        return Versiestand.lees(Evaluatie.getEntityManager(), "Evaluatie", id,
                "select gemeente_code, versie from evaluatie where id = :id");
    }

    /** Reads every list of the report, for an answer made after its transaction ended. */
    static void laadLijsten(Evaluatie evaluatie) {
        for (Object lijst : List.of(evaluatie.kernIds, evaluatie.doelen, evaluatie.lessen, evaluatie.deelnemersoordelen,
                evaluatie.werkvormen, evaluatie.valkuilen, evaluatie.themas)) {
            Hibernate.initialize(lijst);
        }
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
