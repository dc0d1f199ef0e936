package nl.participatiesuite.assessment.peer;

import nl.participatiesuite.apirules.security.Beller;

/**
 * Which werkvorm effectiveness a caller may be shown (domain.md §3, §4): the gemeente's {@link #EIGEN} view counts its
 * reports that were not shared, so only its own raadplegers (or higher) see it; everyone else — anonymous callers,
 * other gemeenten — gets the {@link #OPENBAAR} view of the shared reports of all gemeenten.
 */
public enum Werkvormweergave {
    EIGEN,
    OPENBAAR;

    /** The one place that decides it, so the cache never hands the own view to another caller. */
    public static Werkvormweergave voor(Beller beller, String gemeente) {
        return beller.magLezen(gemeente) ? EIGEN : OPENBAAR;
    }
}
