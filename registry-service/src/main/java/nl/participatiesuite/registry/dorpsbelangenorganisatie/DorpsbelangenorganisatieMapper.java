package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import java.util.Set;
import nl.participatiesuite.apirules.input.Tekst;
import nl.participatiesuite.registry.common.ContactpersoonRequest;
import nl.participatiesuite.registry.kern.Kern;

/** Request → organisatie; {@code kernen} are the request's kernIds, already checked by the service. */
final class DorpsbelangenorganisatieMapper {

    private DorpsbelangenorganisatieMapper() {
    }

    static void apply(DorpsbelangenorganisatieRequest request, Dorpsbelangenorganisatie organisatie, Set<Kern> kernen) {
        organisatie.gemeente = request.gemeente();
        organisatie.naam = Tekst.normaliseer(request.naam());
        organisatie.rechtsvorm = Rechtsvorm.valueOf(request.rechtsvorm());
        organisatie.convenantGetekendOp = request.convenant() == null ? null : request.convenant().getekendOp();
        organisatie.convenantEvaluatieUiterlijk = request.convenant() == null ? null : request.convenant().evaluatieUiterlijk();
        organisatie.dkkLidmaatschapVergoed = Boolean.TRUE.equals(request.dkkLidmaatschapVergoed());
        organisatie.contactpersoon = ContactpersoonRequest.toGegevens(request.contactpersoon());
        organisatie.kernen.clear();
        organisatie.kernen.addAll(kernen);
    }
}
