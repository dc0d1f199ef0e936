package nl.participatiesuite.assessment.beoordeling;

import nl.participatiesuite.assessment.common.JsonKolommen;

/**
 * Request to entity, for create and replace. A beoordeling's request is first computed (answers checked, peers
 * asked, engine run), so what is written is the computed request: the answers, the outcome and the filter
 * columns copied from the outcome.
 */
final class BeoordelingMapper {

    private BeoordelingMapper() {
    }

    static void apply(BeoordelingBerekening.Berekend berekend, Beoordeling beoordeling, JsonKolommen json) {
        beoordeling.gemeente = berekend.gemeente();
        beoordeling.initiatiefId = berekend.initiatiefId();
        beoordeling.kernId = berekend.kernId();
        beoordeling.invoer = json.schrijf(berekend.invoer());
        beoordeling.uitkomst = OpgeslagenUitkomst.schrijf(berekend.uitkomst(), berekend.werkvormEffectiviteit(),
                berekend.kernGegevens(), json);
        beoordeling.niveau = berekend.uitkomst().stap3().niveau();
        beoordeling.ladderniveau = berekend.uitkomst().stap3().ladderniveau();
        beoordeling.intensiteit = berekend.uitkomst().stap2().intensiteit();
        beoordeling.regelsetGemeente = berekend.regelset().gemeente();
        beoordeling.regelsetVersie = berekend.regelset().versie();
    }
}
