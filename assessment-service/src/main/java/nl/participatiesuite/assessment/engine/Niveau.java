package nl.participatiesuite.assessment.engine;

/**
 * Niveau van inbreng van de samenwerkingswijzer, van laag naar hoog. De volgorde van de constanten is de
 * rangorde: {@link #hogerDan} en {@link #laagste} vergelijken daarop.
 */
public enum Niveau {
    MEEWETEN,
    MEEDENKEN,
    MEEDOEN,
    MEEBESLISSEN;

    public boolean hogerDan(Niveau ander) {
        return compareTo(ander) > 0;
    }

    public static Niveau laagste(Niveau a, Niveau b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Niveau hoogste(Niveau a, Niveau b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
