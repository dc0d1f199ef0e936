package nl.participatiesuite.registry.common;

import java.util.List;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;

/**
 * A body's reference by id to something of a gemeente (an initiatief, a kernambtenaar, an aanvraag):
 * it must exist, and belong to the gemeente of the body. A bad one is a problem of the field, reported
 * with the others, never a 404.
 */
public final class Verwijzing {

    private Verwijzing() {
    }

    /**
     * @param wat             what the id names, as the message says it ("Initiatief")
     * @param gemeenteVanDoel the gemeente of what {@code id} names; {@code null} when it names nothing
     * @param gemeente        the gemeente it must belong to; {@code null}: any
     * @return whether the reference is good; if not, its problem is added to {@code problems}
     */
    public static boolean controleer(String field, String wat, Object id, String gemeenteVanDoel, String gemeente,
            List<Problem.InvalidParam> problems) {
        if (gemeenteVanDoel == null) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.UNKNOWN, wat + " " + id + " bestaat niet."));
            return false;
        }
        if (gemeente != null && !gemeente.equals(gemeenteVanDoel)) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.OTHER_GEMEENTE,
                    wat + " " + id + " hoort niet bij gemeente " + gemeente + "."));
            return false;
        }
        return true;
    }
}
