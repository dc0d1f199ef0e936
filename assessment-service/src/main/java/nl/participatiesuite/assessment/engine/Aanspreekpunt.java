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

    /**
     * De kern is bekend, maar de aanroeper mag de persoonsgegevens van de gemeente niet zien (een inwoner zonder
     * token, een andere gemeente): het aanspreekpunt noemt de kern en de weg via de gemeente, geen kernambtenaar.
     * Of de kern er een heeft, is dan niet gevraagd: de valkuil GEEN_KERNAMBTENAAR wordt niet beoordeeld.
     */
    record ViaGemeente(String kern) implements Aanspreekpunt {
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

    static Aanspreekpunt viaGemeente(String kern) {
        return new ViaGemeente(kern);
    }

    static Aanspreekpunt registerOnbereikbaar(String kern) {
        return new RegisterOnbereikbaar(kern);
    }
}
