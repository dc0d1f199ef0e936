package nl.participatiesuite.assessment.engine;

import java.util.List;
import java.util.Objects;

/**
 * De samenwerkingswijzer (domain.md §2): berekent uit de antwoorden de uitkomst van alle stappen, met
 * onderbouwing. Zuiver en zonder toestand: gelijke argumenten geven een gelijke {@link Uitkomst}, en één
 * instantie kan door alle threads gedeeld worden. Wat van andere services komt (kernambtenaren,
 * effectiviteit van werkvormen) geeft de aanroeper mee, zodat een onbereikbare peer een gemarkeerd deel
 * van de uitkomst wordt in plaats van een fout.
 */
public final class SamenwerkingswijzerEngine {

    /**
     * @throws OngeldigeInvoerException als de invoer of de regelset niet geldig is; overtredingen van de
     *                                  regelset hebben een naam die begint met {@code regelset.}
     */
    public Uitkomst beoordeel(BeoordelingInvoer invoer, Regelset regelset, Aanspreekpunt aanspreekpunt,
                              WerkvormEffectiviteit effectiviteit) {
        Objects.requireNonNull(regelset, "regelset");
        Objects.requireNonNull(aanspreekpunt, "aanspreekpunt");
        Objects.requireNonNull(effectiviteit, "effectiviteit");
        weigerOngeldig(invoer, regelset);

        Stap1Uitkomst stap1 = Stap1Afweging.bepaal(invoer);
        Stap2Uitkomst stap2 = Stap2Omvang.bepaal(invoer, stap1, regelset);
        RolUitkomst rol = RolBepaling.bepaal(invoer);
        Stap3Uitkomst stap3 = Stap3Inbreng.bepaal(invoer, stap1, stap2, rol, regelset);
        Stap4Uitkomst stap4 = Stap4Werkvormen.bepaal(invoer.schaal(), stap3, regelset, effectiviteit);
        return new Uitkomst(
                regelset.versie(),
                stap1,
                stap2,
                stap3,
                stap4,
                rol,
                OverheidsparticipatieBepaling.bepaal(invoer),
                StartnotitieBepaling.bepaal(invoer, stap2, regelset),
                AanspreekpuntBepaling.bepaal(aanspreekpunt),
                ValkuilDetectie.detecteer(invoer, stap1, stap3, aanspreekpunt, regelset),
                VerplichteParticipatieBepaling.bepaal(invoer, regelset));
    }

    private static void weigerOngeldig(BeoordelingInvoer invoer, Regelset regelset) {
        List<Overtreding> invoerFouten = InvoerValidatie.valideer(invoer);
        if (!invoerFouten.isEmpty()) {
            throw new OngeldigeInvoerException(invoerFouten);
        }
        List<Overtreding> regelsetFouten = regelset.valideer().stream()
                .map(o -> new Overtreding("regelset." + o.name(), o.code(), o.reason()))
                .toList();
        if (!regelsetFouten.isEmpty()) {
            throw new OngeldigeInvoerException(regelsetFouten);
        }
    }
}
