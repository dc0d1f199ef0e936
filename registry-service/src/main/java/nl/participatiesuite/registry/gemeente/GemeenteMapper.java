package nl.participatiesuite.registry.gemeente;

import nl.participatiesuite.apirules.input.Tekst;

/** Request → gemeente. The CBS code is the identity: it is set once, from the registration. */
final class GemeenteMapper {

    private GemeenteMapper() {
    }

    static void apply(GemeenteRequest request, Gemeente gemeente) {
        gemeente.code = request.code();
        gemeente.naam = Tekst.normaliseer(request.naam());
    }

    static void apply(GemeenteWijziging wijziging, Gemeente gemeente) {
        gemeente.naam = Tekst.normaliseer(wijziging.naam());
    }
}
