package nl.participatiesuite.assessment.beoordeling;

import jakarta.enterprise.context.ApplicationScoped;
import nl.participatiesuite.assessment.common.JsonKolommen;
import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.engine.Uitkomst;

/** Between the stored beoordeling (JSON columns) and the API model. */
@ApplicationScoped
public class BeoordelingMapper {

    private final JsonKolommen json;

    BeoordelingMapper(JsonKolommen json) {
        this.json = json;
    }

    public BeoordelingInvoer invoer(Beoordeling beoordeling) {
        return json.lees(beoordeling.invoer, BeoordelingInvoer.class);
    }

    public Uitkomst uitkomst(Beoordeling beoordeling) {
        return json.lees(beoordeling.uitkomst, Uitkomst.class);
    }

    public RegelsetVerwijzing regelset(Beoordeling beoordeling, Uitkomst uitkomst) {
        return new RegelsetVerwijzing(beoordeling.regelsetGemeente, beoordeling.regelsetVersie, uitkomst.regelsetVersie());
    }

    public BeoordelingResponse response(Beoordeling beoordeling) {
        Uitkomst uitkomst = uitkomst(beoordeling);
        return new BeoordelingResponse(beoordeling.id, beoordeling.gemeente, beoordeling.initiatiefId, beoordeling.kernId,
                invoer(beoordeling), uitkomst, beoordeling.niveau, beoordeling.ladderniveau, beoordeling.intensiteit,
                regelset(beoordeling, uitkomst), beoordeling.aangemaaktOp, beoordeling.gewijzigdOp);
    }

    public BeoordelingSamenvatting samenvatting(Beoordeling beoordeling) {
        BeoordelingInvoer invoer = invoer(beoordeling);
        return new BeoordelingSamenvatting(beoordeling.id, beoordeling.gemeente, beoordeling.initiatiefId,
                beoordeling.kernId, invoer.doel(), invoer.activiteit(), invoer.initiatiefnemer(), invoer.schaal(),
                beoordeling.niveau, beoordeling.ladderniveau, beoordeling.intensiteit,
                regelset(beoordeling, uitkomst(beoordeling)), beoordeling.aangemaaktOp, beoordeling.gewijzigdOp);
    }

    /** Writes a computed beoordeling onto the entity, with the filter columns copied from the outcome. */
    public void schrijf(BeoordelingBerekening.Berekend berekend, Beoordeling beoordeling) {
        beoordeling.initiatiefId = berekend.initiatiefId();
        beoordeling.kernId = berekend.kernId();
        beoordeling.invoer = json.schrijf(berekend.invoer());
        beoordeling.uitkomst = json.schrijf(berekend.uitkomst());
        beoordeling.niveau = berekend.uitkomst().stap3().niveau();
        beoordeling.ladderniveau = berekend.uitkomst().stap3().ladderniveau();
        beoordeling.intensiteit = berekend.uitkomst().stap2().intensiteit();
        beoordeling.regelsetGemeente = berekend.regelset().gemeente();
        beoordeling.regelsetVersie = berekend.regelset().versie();
    }
}
