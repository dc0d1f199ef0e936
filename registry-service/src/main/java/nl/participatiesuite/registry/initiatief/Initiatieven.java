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
     * (they order kernIds) and its kernambtenaar as vaste contactpersoon (naam, e-mail). A kern's version only grows,
     * so the sum of them changes with every write of one.
     */
    static Versiestand stand(UUID id) {
        return Versiestand.lees(Initiatief.getEntityManager(), "Initiatief", id, "select i.gemeente_code, i.versie,"
                + " (select coalesce(sum(k.versie), 0) from initiatief_kern ik join kern k on k.id = ik.kern_id"
                + " where ik.initiatief_id = i.id), ka.versie"
                + " from initiatief i left join kernambtenaar ka on ka.id = i.contactpersoon_kernambtenaar_id where i.id = :id");
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
