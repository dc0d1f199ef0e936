package nl.participatiesuite.assessment.beoordeling;

import java.util.UUID;
import nl.participatiesuite.apirules.data.Versiestand;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Finds a stored beoordeling named in a path. */
public final class Beoordelingen {

    private Beoordelingen() {
    }

    /** Its gemeente and version: the answer shows only its own row (the peers' data is a copy in its outcome). */
    static Versiestand stand(UUID id) {
        return Versiestand.lees(Beoordeling.getEntityManager(), "Beoordeling", id,
                "select gemeente_code, versie from beoordeling where id = :id");
    }

    public static Beoordeling existing(UUID id) {
        Beoordeling beoordeling = Beoordeling.findById(id);
        if (beoordeling == null) {
            throw ProblemException.notFound("Beoordeling", id);
        }
        return beoordeling;
    }
}
