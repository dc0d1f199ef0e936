package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Stap 4: werkvormen bij het niveau van het plan op zijn schaal, per belanghebbende, en altijd de
 * communicatiemiddelen van MEEWETEN.
 *
 * @param volgordeOpEffectiviteit de lijsten zijn geordend op eerdere evaluaties in plaats van op de matrix
 */
public record Stap4Uitkomst(
        Niveau niveau,
        Schaal schaal,
        List<WerkvormAdvies> werkvormen,
        List<WerkvormAdvies> communicatie,
        List<WerkvormenVoorBelanghebbende> perBelanghebbende,
        boolean volgordeOpEffectiviteit,
        List<Onderbouwing> onderbouwing) {
    public Stap4Uitkomst {
        werkvormen = List.copyOf(werkvormen);
        communicatie = List.copyOf(communicatie);
        perBelanghebbende = List.copyOf(perBelanghebbende);
        onderbouwing = List.copyOf(onderbouwing);
    }
}
