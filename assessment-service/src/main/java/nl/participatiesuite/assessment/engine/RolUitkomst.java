package nl.participatiesuite.assessment.engine;

import java.util.List;

/** De rol van de gemeente volgens het kwadrant van Coevorden. */
public record RolUitkomst(RolGemeente rol, List<Onderbouwing> onderbouwing) {
    public RolUitkomst {
        onderbouwing = List.copyOf(onderbouwing);
    }
}
