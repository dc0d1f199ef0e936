package nl.participatiesuite.assessment.engine;

import java.util.List;
import java.util.Map;

/** Korte aanroepen van de engine voor tests, met de standaardregelset en zonder peers. */
final class Beoordeling {

    static final SamenwerkingswijzerEngine ENGINE = new SamenwerkingswijzerEngine();

    private Beoordeling() {
    }

    static Uitkomst van(InvoerBouwer invoer) {
        return van(invoer.bouw());
    }

    static Uitkomst van(BeoordelingInvoer invoer) {
        return ENGINE.beoordeel(invoer, Regelset.standaard(), Aanspreekpunt.geenKern(),
                WerkvormEffectiviteit.van(Map.of()));
    }

    static Uitkomst van(InvoerBouwer invoer, Regelset regelset) {
        return ENGINE.beoordeel(invoer.bouw(), regelset, Aanspreekpunt.geenKern(),
                WerkvormEffectiviteit.van(Map.of()));
    }

    static List<OnderbouwingCode> codes(List<Onderbouwing> onderbouwing) {
        return onderbouwing.stream().map(Onderbouwing::code).toList();
    }

    /** "naam:code" per overtreding, zodat een test de hele lijst in één vergelijking controleert. */
    static List<String> namenEnCodes(List<Overtreding> overtredingen) {
        return overtredingen.stream().map(o -> o.name() + ":" + o.code()).toList();
    }

    static List<Valkuil> valkuilen(Uitkomst uitkomst) {
        return uitkomst.valkuilen().stream().map(Waarschuwing::valkuil).toList();
    }
}
