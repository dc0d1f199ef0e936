package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Een gedetecteerde valkuil. {@code belanghebbenden} noemt wie het betreft, of is leeg als de valkuil het
 * plan als geheel betreft.
 */
public record Waarschuwing(Valkuil valkuil, List<String> belanghebbenden, List<Onderbouwing> onderbouwing) {
    public Waarschuwing {
        belanghebbenden = List.copyOf(belanghebbenden);
        onderbouwing = List.copyOf(onderbouwing);
    }
}
