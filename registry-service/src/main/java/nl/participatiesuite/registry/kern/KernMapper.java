package nl.participatiesuite.registry.kern;

import nl.participatiesuite.apirules.input.Tekst;

/** Request → kern, for registration and change alike (a change keeps the gemeente: KernService checks it). */
final class KernMapper {

    private KernMapper() {
    }

    static void apply(KernRequest request, Kern kern) {
        kern.gemeente = request.gemeente();
        kern.naam = Tekst.normaliseer(request.naam());
        kern.inwonertal = request.inwonertal();
        kern.kernwethouder = Tekst.normaliseer(request.kernwethouder());
    }
}
