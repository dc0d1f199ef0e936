package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Wat de aanroeper over de kernambtenaren weet. De engine haalt zelf niets op; de REST-laag vraagt de
 * registry-service en geeft hier het antwoord door, ook als dat "niet bereikbaar" is.
 */
public sealed interface Aanspreekpunt {

    /** Het plan hoort niet bij één kern: er is geen kernambtenaar te noemen. */
    record GeenKern() implements Aanspreekpunt {
    }

    /** De registry antwoordde; {@code kernambtenaren} mag leeg zijn (valkuil GEEN_KERNAMBTENAAR). */
    record Bekend(String kern, List<Kernambtenaar> kernambtenaren) implements Aanspreekpunt {
        public Bekend {
            kernambtenaren = kernambtenaren == null ? List.of() : List.copyOf(kernambtenaren);
        }
    }

    /** De registry was niet bereikbaar: de uitkomst mist dit deel, maar de beoordeling gaat door. */
    record RegisterOnbereikbaar(String kern) implements Aanspreekpunt {
    }

    static Aanspreekpunt geenKern() {
        return new GeenKern();
    }

    static Aanspreekpunt bekend(String kern, List<Kernambtenaar> kernambtenaren) {
        return new Bekend(kern, kernambtenaren);
    }

    static Aanspreekpunt registerOnbereikbaar(String kern) {
        return new RegisterOnbereikbaar(kern);
    }
}
