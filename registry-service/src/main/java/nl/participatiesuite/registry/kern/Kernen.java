package nl.participatiesuite.registry.kern;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.InvalidParamCode;
import nl.participatiesuite.apirules.problem.Problem;
import nl.participatiesuite.apirules.problem.ProblemException;
import nl.participatiesuite.registry.gemeente.Gemeenten;

/** Resolves the kernen that another resource refers to, reporting every bad reference at once. */
public final class Kernen {

    private Kernen() {
    }

    public static Kern existing(UUID id) {
        Kern kern = Kern.findById(id);
        if (kern == null) {
            throw ProblemException.notFound("Kern", id);
        }
        return kern;
    }

    /**
     * Every id must name a kern of the given gemeente. Problems are added to {@code problems} (field
     * {@code field[i]}) so the caller can report them together with its own.
     */
    public static Set<Kern> referenced(String field, List<UUID> ids, String gemeente, List<Problem.InvalidParam> problems) {
        Set<Kern> kernen = new LinkedHashSet<>();
        if (ids == null) {
            return kernen;
        }
        for (int i = 0; i < ids.size(); i++) {
            Kern kern = referenced(field + "[" + i + "]", ids.get(i), gemeente, problems);
            if (kern != null) {
                kernen.add(kern);
            }
        }
        return kernen;
    }

    /**
     * The kernen a body names in {@code kernIds} for the gemeente it names in {@code gemeente}: an
     * unknown gemeente and every bad kern are reported in one 400, with the problems found before.
     */
    public static Set<Kern> referencedInGemeente(String gemeente, List<UUID> kernIds, List<Problem.InvalidParam> problems) {
        Gemeenten.referenced("gemeente", gemeente, problems);
        Set<Kern> kernen = referenced("kernIds", kernIds, gemeente, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return kernen;
    }

    /**
     * One referenced kern of the given gemeente ({@code null}: any gemeente), or {@code null} with a
     * problem added under {@code field}.
     */
    public static Kern referenced(String field, UUID id, String gemeente, List<Problem.InvalidParam> problems) {
        Kern kern = id == null ? null : Kern.findById(id);
        if (kern == null) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.UNKNOWN, "Kern " + id + " bestaat niet."));
            return null;
        }
        if (gemeente != null && !gemeente.equals(kern.gemeente)) {
            problems.add(new Problem.InvalidParam(field, InvalidParamCode.OTHER_GEMEENTE,
                    "Kern " + kern.naam + " hoort niet bij gemeente " + gemeente + "."));
            return null;
        }
        return kern;
    }
}
