package nl.participatiesuite.registry.kernambtenaar;

import java.util.Set;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.registry.kern.Kern;

/** Request → kernambtenaar; {@code kernen} are the request's kernIds, already checked by the service. */
final class KernambtenaarMapper {

    private KernambtenaarMapper() {
    }

    static void apply(KernambtenaarRequest request, Kernambtenaar kernambtenaar, Set<Kern> kernen) {
        kernambtenaar.gemeente = request.gemeente();
        kernambtenaar.naam = Tekst.normaliseer(request.naam());
        kernambtenaar.email = Tekst.normaliseer(request.email());
        kernambtenaar.telefoon = Tekst.normaliseer(request.telefoon());
        kernambtenaar.kernen.clear();
        kernambtenaar.kernen.addAll(kernen);
    }
}
