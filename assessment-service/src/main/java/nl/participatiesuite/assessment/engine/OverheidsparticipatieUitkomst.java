package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * De rol van de gemeente bij een initiatief uit de samenleving (Buren). {@code rol} is leeg als het niet
 * van toepassing is (initiatief van de gemeente) of als de gevraagde ondersteuning nog niet bekend is.
 */
public record OverheidsparticipatieUitkomst(
        boolean vanToepassing,
        OverheidsparticipatieRol rol,
        List<Onderbouwing> onderbouwing) {
    public OverheidsparticipatieUitkomst {
        onderbouwing = List.copyOf(onderbouwing);
    }
}
