package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Stap 3: per belanghebbende de behoefte, daarna de maxima (stap 1 negatief, intensiteit, beslisser). Elk
 * maximum dat lager ligt dan het behoefteniveau wordt als reden genoemd; het advies is het laagste van
 * allemaal. Het niveau van het plan is het hoogste advies.
 */
final class Stap3Inbreng {

    private Stap3Inbreng() {
    }

    static Stap3Uitkomst bepaal(BeoordelingInvoer invoer, Stap1Uitkomst stap1, Stap2Uitkomst stap2, RolUitkomst rol,
                                Regelset regelset) {
        Intensiteit intensiteit = stap2.intensiteit();
        List<InbrengAdvies> adviezen = new ArrayList<>();
        Niveau planNiveau = Niveau.MEEWETEN;
        for (Belanghebbende belanghebbende : invoer.belanghebbenden()) {
            InbrengAdvies advies = advies(belanghebbende, stap1, intensiteit, rol.rol(), regelset);
            adviezen.add(advies);
            planNiveau = Niveau.hoogste(planNiveau, advies.niveau());
        }
        List<Onderbouwing> onderbouwing = new ArrayList<>();
        onderbouwing.add(adviezen.isEmpty()
                ? OnderbouwingCode.GEEN_BELANGHEBBENDEN.met()
                : OnderbouwingCode.NIVEAU_PLAN.met(planNiveau));
        onderbouwing.add(Ladder.onderbouwing(planNiveau, intensiteit, regelset));
        return new Stap3Uitkomst(adviezen, planNiveau, Ladder.trede(planNiveau, intensiteit, regelset),
                regelset.inbrengGebruik().get(planNiveau), onderbouwing);
    }

    private static InbrengAdvies advies(Belanghebbende belanghebbende, Stap1Uitkomst stap1, Intensiteit intensiteit,
                                        RolGemeente rol, Regelset regelset) {
        Behoefte behoefte = Behoefte.van(belanghebbende, regelset.behoefte());
        Niveau gevraagd = behoefte.niveau();
        List<Onderbouwing> onderbouwing = new ArrayList<>();
        onderbouwing.add(behoefte.onderbouwing());

        Niveau niveau = gevraagd;
        if (!stap1.mogelijk() && gevraagd.hogerDan(Niveau.MEEWETEN)) {
            niveau = Niveau.MEEWETEN;
            onderbouwing.add(OnderbouwingCode.MAXIMUM_SAMENWERKING_NIET_MOGELIJK.met(gevraagd));
        }
        Niveau maximumIntensiteit = regelset.maximumPerIntensiteit().get(intensiteit);
        if (maximumIntensiteit != null && gevraagd.hogerDan(maximumIntensiteit)) {
            niveau = Niveau.laagste(niveau, maximumIntensiteit);
            onderbouwing.add(OnderbouwingCode.MAXIMUM_INTENSITEIT.met(intensiteit, maximumIntensiteit, gevraagd));
        }
        if (rol == RolGemeente.BESLISSER && gevraagd.hogerDan(regelset.maximumBijBeslisser())) {
            niveau = Niveau.laagste(niveau, regelset.maximumBijBeslisser());
            onderbouwing.add(OnderbouwingCode.MAXIMUM_BESLISSER.met(regelset.maximumBijBeslisser(), gevraagd));
        }
        onderbouwing.add(Ladder.onderbouwing(niveau, intensiteit, regelset));

        Niveau gewenst = belanghebbende.gewensteInbreng();
        if (gewenst != null && gewenst.hogerDan(niveau)) {
            onderbouwing.add(verwachtingen(belanghebbende.naam(), gewenst, niveau));
        }
        return new InbrengAdvies(belanghebbende.naam(), behoefte.waarde(), gevraagd, niveau,
                Ladder.trede(niveau, intensiteit, regelset), regelset.inbrengGebruik().get(niveau), gewenst,
                onderbouwing);
    }

    static Onderbouwing verwachtingen(String naam, Niveau gewenst, Niveau advies) {
        return OnderbouwingCode.VERWACHTINGEN.met(naam, gewenst, advies);
    }
}
