package nl.participatiesuite.registry.initiatief;

import java.util.List;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.Problem;

/**
 * Checks the leefbaarheidsaanvraag an initiatief names (leefbaarheidsaanvraagId). The leefbaarheidsbudget
 * feature owns aanvragen and answers this; it refers to initiatieven itself (an aanvraag names its
 * initiatief), so the initiatief asks through this interface instead of calling it, and the two
 * packages do not depend on each other in a circle.
 */
public interface LeefbaarheidsaanvraagVerwijzing {

    /** An optional reference to an aanvraag of the given gemeente; a bad one is added to {@code problems}. */
    void referenced(String field, UUID id, String gemeente, List<Problem.InvalidParam> problems);
}
