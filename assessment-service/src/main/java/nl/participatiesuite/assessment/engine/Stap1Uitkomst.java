package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Stap 1: is samenwerking mogelijk of zinvol?
 *
 * @param volgendeStap 2 als samenwerking mogelijk is, anders 3 (stap 2 vervalt)
 */
public record Stap1Uitkomst(boolean mogelijk, int volgendeStap, List<Onderbouwing> onderbouwing) {
    public Stap1Uitkomst {
        onderbouwing = List.copyOf(onderbouwing);
    }
}
