package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Stap 2: de omvang van de samenwerking. Bij {@code uitgevoerd == false} (stap 1 negatief) zijn
 * {@code hinder} en {@code score} leeg en is de intensiteit GEEN.
 *
 * @param bredereGroep de maatschappelijke bijdrage reikt verder dan de initiatiefnemers
 */
public record Stap2Uitkomst(
        boolean uitgevoerd,
        Integer hinder,
        Integer score,
        Intensiteit intensiteit,
        boolean samenwerkingsplanAdvies,
        boolean bredereGroep,
        List<Onderbouwing> onderbouwing) {
    public Stap2Uitkomst {
        onderbouwing = List.copyOf(onderbouwing);
    }
}
