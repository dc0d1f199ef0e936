package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Stap 4: werkvormen uit de matrix bij het niveau van het plan, per belanghebbende bij diens niveau, en altijd
 * de middelen van MEEWETEN ("communiceren = meeweten"); alle lijsten in dezelfde volgorde-regel.
 */
final class Stap4Werkvormen {

    private Stap4Werkvormen() {
    }

    static Stap4Uitkomst bepaal(Schaal schaal, Stap3Uitkomst stap3, Regelset regelset,
                                WerkvormEffectiviteit effectiviteit) {
        WerkvormVolgorde volgorde = WerkvormVolgorde.van(effectiviteit);
        List<WerkvormAdvies> werkvormen = volgorde.orden(cel(regelset, stap3.niveau(), schaal));
        List<WerkvormAdvies> communicatie = volgorde.orden(cel(regelset, Niveau.MEEWETEN, schaal));
        List<WerkvormenVoorBelanghebbende> perBelanghebbende = new ArrayList<>();
        List<List<WerkvormAdvies>> alleLijsten = new ArrayList<>(List.of(werkvormen, communicatie));
        for (InbrengAdvies advies : stap3.belanghebbenden()) {
            List<WerkvormAdvies> eigen = volgorde.orden(cel(regelset, advies.niveau(), schaal));
            perBelanghebbende.add(new WerkvormenVoorBelanghebbende(advies.naam(), advies.niveau(), eigen));
            alleLijsten.add(eigen);
        }

        List<Onderbouwing> onderbouwing = new ArrayList<>();
        onderbouwing.add(OnderbouwingCode.WERKVORMEN_MATRIX.met(stap3.niveau(), schaal.label()));
        onderbouwing.add(OnderbouwingCode.COMMUNICEREN_IS_MEEWETEN.met(schaal.label()));
        int evaluaties = volgorde.aantalEvaluaties(alleLijsten);
        boolean opEffectiviteit = false;
        if (effectiviteit instanceof WerkvormEffectiviteit.Onbeschikbaar) {
            onderbouwing.add(OnderbouwingCode.EFFECTIVITEIT_ONBESCHIKBAAR.met());
        } else if (evaluaties == 0) {
            onderbouwing.add(OnderbouwingCode.NOG_NIET_GEEVALUEERD.met());
        } else {
            opEffectiviteit = true;
            onderbouwing.add(OnderbouwingCode.VOLGORDE_OP_EFFECTIVITEIT.met(evaluaties));
        }
        return new Stap4Uitkomst(stap3.niveau(), schaal, werkvormen, communicatie, perBelanghebbende,
                opEffectiviteit, onderbouwing);
    }

    private static List<String> cel(Regelset regelset, Niveau niveau, Schaal schaal) {
        return regelset.werkvormen().get(niveau).get(schaal);
    }
}
