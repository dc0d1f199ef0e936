package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stap 2: hinder = hoogste aspect; score = max(omvang, maatschappelijkBelang, hinder); intensiteit en
 * samenwerkingsplan volgens de grenzen van de regelset. Overgeslagen als stap 1 negatief is.
 */
final class Stap2Omvang {

    private Stap2Omvang() {
    }

    static Stap2Uitkomst bepaal(BeoordelingInvoer invoer, Stap1Uitkomst stap1, Regelset regelset) {
        if (!stap1.mogelijk()) {
            return new Stap2Uitkomst(false, null, null, Intensiteit.GEEN, false, false,
                    List.of(OnderbouwingCode.STAP2_OVERGESLAGEN.met()));
        }
        List<Onderbouwing> onderbouwing = new ArrayList<>();
        nietIngevuld(invoer).ifPresent(onderbouwing::add);

        Hinder hinder = Hinder.van(invoer);
        int omvang = waarde(invoer.omvang());
        int belang = waarde(invoer.maatschappelijkBelang());
        int bijdrage = waarde(invoer.maatschappelijkeBijdrage());
        int score = Math.max(omvang, Math.max(belang, hinder.waarde()));
        onderbouwing.add(OnderbouwingCode.HINDER.met(Schaalwaarde.beschrijf(hinder.waarde()), hinder.herkomst()));
        onderbouwing.add(OnderbouwingCode.SCORE.met(omvang, belang, hinder.waarde(), score));

        Regelset.IntensiteitGrenzen grenzen = regelset.intensiteit();
        Intensiteit intensiteit;
        if (score <= grenzen.lichtTotEnMet()) {
            intensiteit = Intensiteit.LICHT;
            onderbouwing.add(OnderbouwingCode.INTENSITEIT_LICHT.met(score, grenzen.lichtTotEnMet()));
        } else if (score >= grenzen.zwaarVanaf()) {
            intensiteit = Intensiteit.ZWAAR;
            onderbouwing.add(OnderbouwingCode.INTENSITEIT_ZWAAR.met(score, grenzen.zwaarVanaf()));
        } else {
            intensiteit = Intensiteit.MIDDEL;
            onderbouwing.add(OnderbouwingCode.INTENSITEIT_MIDDEL.met(
                    score, grenzen.lichtTotEnMet(), grenzen.zwaarVanaf()));
        }

        boolean plan = samenwerkingsplan(onderbouwing, intensiteit, belang, hinder.waarde(), regelset);

        boolean bredereGroep = bijdrage >= regelset.bredereGroepVanaf();
        if (bredereGroep) {
            onderbouwing.add(OnderbouwingCode.BREDERE_GROEP.met(
                    Schaalwaarde.beschrijf(bijdrage), regelset.bredereGroepVanaf()));
        }
        return new Stap2Uitkomst(true, hinder.waarde(), score, intensiteit, plan, bredereGroep, onderbouwing);
    }

    private static boolean samenwerkingsplan(List<Onderbouwing> onderbouwing, Intensiteit intensiteit, int belang,
                                             int hinder, Regelset regelset) {
        Regelset.SamenwerkingsplanGrenzen grenzen = regelset.samenwerkingsplan();
        int voor = onderbouwing.size();
        if (intensiteit == Intensiteit.ZWAAR) {
            onderbouwing.add(OnderbouwingCode.SAMENWERKINGSPLAN_ZWAAR.met());
        }
        if (belang >= grenzen.beladenVanaf()) {
            onderbouwing.add(OnderbouwingCode.SAMENWERKINGSPLAN_BELADEN.met(
                    Schaalwaarde.beschrijf(belang), grenzen.beladenVanaf()));
        }
        if (hinder >= grenzen.hinderVanaf()) {
            onderbouwing.add(OnderbouwingCode.SAMENWERKINGSPLAN_HINDER.met(
                    Schaalwaarde.beschrijf(hinder), grenzen.hinderVanaf()));
        }
        boolean plan = onderbouwing.size() > voor;
        if (!plan) {
            onderbouwing.add(OnderbouwingCode.GEEN_SAMENWERKINGSPLAN_NODIG.met());
        }
        return plan;
    }

    private static Optional<Onderbouwing> nietIngevuld(BeoordelingInvoer invoer) {
        List<String> velden = new ArrayList<>();
        if (invoer.omvang() == null) {
            velden.add("omvang");
        }
        if (invoer.maatschappelijkBelang() == null) {
            velden.add("maatschappelijk belang");
        }
        if (invoer.maatschappelijkeBijdrage() == null) {
            velden.add("maatschappelijke bijdrage");
        }
        return velden.isEmpty()
                ? Optional.empty()
                : Optional.of(OnderbouwingCode.NIET_INGEVULD_TELT_ALS_NIET.met(Opsomming.van(velden)));
    }

    /** Een niet beantwoorde schaalvraag telt als NIET (0); zie {@link InvoerValidatie}. */
    static int waarde(Integer antwoord) {
        return antwoord == null ? Schaalwaarde.NIET.waarde() : antwoord;
    }
}
