package nl.participatiesuite.evaluation.burgerpeiling;

import nl.participatiesuite.evaluation.regels.Eenheid;

/** Request to entity, for create and update (gemeente and eenheid are checked to be unchanged first). */
final class StellingMapper {

    private StellingMapper() {
    }

    static void apply(StellingRequest request, Stelling stelling) {
        stelling.gemeente = request.gemeente();
        stelling.nummer = request.nummer();
        stelling.tekst = request.tekst().strip();
        stelling.eenheid = Eenheid.valueOf(request.eenheid());
    }
}
