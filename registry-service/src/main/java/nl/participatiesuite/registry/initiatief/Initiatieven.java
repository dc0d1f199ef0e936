package nl.participatiesuite.registry.initiatief;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Versiestand;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.registry.common.Verwijzing;

/** Looks up initiatieven, for the path (404) or as a reference in another resource's body (400). */
public final class Initiatieven {

    private Initiatieven() {
    }

    /**
     * The stand of all its answer shows: its own row (with its kernen, a collection it owns), the names of its kernen
     * (they order kernIds) and its kernambtenaar as vaste contactpersoon (naam, e-mail). The last two are counted in
     * weergave_versie, which triggers raise with every change of such a kern or kernambtenaar (migration V15), so this
     * is one row read by its key.
     */
    static Versiestand stand(UUID id) {
        return Versiestand.lees(Initiatief.getEntityManager(), "Initiatief", id,
                "select gemeente_code, versie, weergave_versie from initiatief where id = :id");
    }

    public static Initiatief existing(UUID id) {
        // One query with its kernen (its answer shows them, and a notification names them: Hoofdobject.kernIds,
        // while nothing may be loaded during a flush) and its vaste contactpersoon, instead of one per association.
        Initiatief initiatief = Initiatief.<Initiatief>find("from Initiatief i left join fetch i.kernen"
                + " left join fetch i.contactpersoonKernambtenaar where i.id = ?1", id).singleResultOptional().orElse(null);
        if (initiatief == null) {
            throw ProblemException.notFound("Initiatief", id);
        }
        return initiatief;
    }

    /** Serialises status changes of one initiatief, so two concurrent steps never both pass the lifecycle check. */
    static Initiatief lockedForUpdate(UUID id) {
        Initiatief initiatief = Initiatief.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (initiatief == null) {
            throw ProblemException.notFound("Initiatief", id);
        }
        return initiatief;
    }

    /** An optional reference to an initiatief of the given gemeente; a bad one is added to {@code problems}. */
    public static void referenced(String field, UUID id, String gemeente, List<Problem.InvalidParam> problems) {
        if (id == null) {
            return;
        }
        Initiatief initiatief = Initiatief.findById(id);
        Verwijzing.controleer(field, "Initiatief", id, initiatief == null ? null : initiatief.gemeente, gemeente, problems);
    }
}
