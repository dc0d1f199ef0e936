package nl.participatiesuite.assessment.common;

import java.util.List;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.assessment.engine.Overtreding;

/** The engine's violations in the API's invalidParams shape, with the JSON path of the body they came from. */
public final class Overtredingen {

    private Overtredingen() {
    }

    /** @param voorvoegsel the body field the engine's object sits in ("regels"), or empty for the body itself */
    public static List<Problem.InvalidParam> alsInvalidParams(List<Overtreding> overtredingen, String voorvoegsel) {
        return overtredingen.stream()
                .map(o -> new Problem.InvalidParam(voorvoegsel.isEmpty() ? o.name() : voorvoegsel + "." + o.name(),
                        o.code(), o.reason()))
                .toList();
    }
}
