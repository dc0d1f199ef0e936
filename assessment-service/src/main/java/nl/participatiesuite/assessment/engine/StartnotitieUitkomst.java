package nl.participatiesuite.assessment.engine;

import java.util.List;

/** Of een startnotitie of participatienotitie aan de gemeenteraad vereist is (Buren 3.3.1). */
public record StartnotitieUitkomst(boolean vereist, List<Onderbouwing> onderbouwing) {
    public StartnotitieUitkomst {
        onderbouwing = List.copyOf(onderbouwing);
    }
}
