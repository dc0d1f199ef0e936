package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Of participatie voor dit plan verplicht is omdat de raad het geval heeft aangewezen (domain.md §6), met de
 * aangewezen gevallen waaronder het plan valt en hun raadsbesluit.
 */
public record VerplichteParticipatieUitkomst(
        boolean participatieVerplicht,
        List<VerplichtGeval> gevallen,
        List<Onderbouwing> onderbouwing) {

    public VerplichteParticipatieUitkomst {
        gevallen = List.copyOf(gevallen);
        onderbouwing = List.copyOf(onderbouwing);
    }

    /** Voor uitkomsten van vóór deze regel, en voor een plan dat onder geen aangewezen geval valt. */
    public static VerplichteParticipatieUitkomst nietVerplicht() {
        return new VerplichteParticipatieUitkomst(false, List.of(),
                List.of(OnderbouwingCode.PARTICIPATIE_NIET_VERPLICHT.met()));
    }
}
