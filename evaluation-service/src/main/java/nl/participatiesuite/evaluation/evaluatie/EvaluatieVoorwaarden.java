package nl.participatiesuite.evaluation.evaluatie;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import nl.participatiesuite.apirules.paging.PageStart;

/**
 * The where clause of a query on reports (alias {@code e}), one condition per filter a client gave.
 * The lists of reports, leerzame voorbeelden and lessons filter on the same things the same way.
 */
public final class EvaluatieVoorwaarden {

    private final List<String> voorwaarden = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** A condition without parameters that always holds, e.g. {@code e.gedeeld = true}. */
    public EvaluatieVoorwaarden altijd(String voorwaarde) {
        voorwaarden.add(voorwaarde);
        return this;
    }

    /** The condition, naming its value {@code :naam}, when the value is given; nothing when it is null. */
    public EvaluatieVoorwaarden als(Object waarde, String naam, String voorwaarde) {
        if (waarde != null) {
            voorwaarden.add(voorwaarde);
            parameters.and(naam, waarde);
        }
        return this;
    }

    public EvaluatieVoorwaarden gemeente(String gemeente) {
        return als(gemeente, "gemeente", "e.gemeente = :gemeente");
    }

    public EvaluatieVoorwaarden kern(Object kern) {
        return als(kern, "kern", ":kern member of e.kernIds");
    }

    /** Themes are stored in lower case, see {@link Evaluaties#thema}; a blank theme filters nothing. */
    public EvaluatieVoorwaarden thema(String thema) {
        return als(thema == null || thema.isBlank() ? null : Evaluaties.thema(thema), "thema", ":thema member of e.themas");
    }

    /** On a page after a cursor, the condition "after the cursor's key"; nothing on a page by number. */
    public EvaluatieVoorwaarden na(PageStart start) {
        if (start.condition() != null) {
            voorwaarden.add(start.condition());
            start.parameters().forEach(parameters::and);
        }
        return this;
    }

    /** {@code " where a and b"}, or nothing without conditions. */
    public String where() {
        return voorwaarden.isEmpty() ? "" : " where " + String.join(" and ", voorwaarden);
    }

    public Parameters parameters() {
        return parameters;
    }
}
