package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Het aanspreekpunt van de uitkomst. Een onbereikbare registry maakt alleen dit deel onbeschikbaar; de
 * beoordeling als geheel faalt daar nooit op.
 */
final class AanspreekpuntBepaling {

    private AanspreekpuntBepaling() {
    }

    static AanspreekpuntUitkomst bepaal(Aanspreekpunt aanspreekpunt) {
        if (aanspreekpunt instanceof Aanspreekpunt.Bekend bekend) {
            List<Kernambtenaar> ambtenaren = bekend.kernambtenaren();
            Onderbouwing onderbouwing = ambtenaren.isEmpty()
                    ? OnderbouwingCode.GEEN_KERNAMBTENAAR.met(kernnaam(bekend.kern()))
                    : OnderbouwingCode.KERNAMBTENAAR.met(kernnaam(bekend.kern()));
            return new AanspreekpuntUitkomst(AanspreekpuntStatus.KERNAMBTENAREN_BEKEND, true, bekend.kern(),
                    ambtenaren, List.of(onderbouwing));
        }
        if (aanspreekpunt instanceof Aanspreekpunt.ViaGemeente viaGemeente) {
            return new AanspreekpuntUitkomst(AanspreekpuntStatus.VIA_GEMEENTE, true, viaGemeente.kern(), List.of(),
                    List.of(OnderbouwingCode.KERNAMBTENAAR_VIA_GEMEENTE.met(kernnaam(viaGemeente.kern()))));
        }
        if (aanspreekpunt instanceof Aanspreekpunt.RegisterOnbereikbaar onbereikbaar) {
            return new AanspreekpuntUitkomst(AanspreekpuntStatus.REGISTER_ONBEREIKBAAR, false, onbereikbaar.kern(),
                    List.of(), List.of(OnderbouwingCode.REGISTER_ONBEREIKBAAR.met(kernnaam(onbereikbaar.kern()))));
        }
        return new AanspreekpuntUitkomst(AanspreekpuntStatus.GEEN_KERN, true, null, List.of(),
                List.of(OnderbouwingCode.AANSPREEKPUNT_GEEN_KERN.met()));
    }

    static String kernnaam(String kern) {
        return kern == null || kern.isBlank() ? "(onbekend)" : kern;
    }
}
