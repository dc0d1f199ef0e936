package nl.participatiesuite.evaluation.evaluatie;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.participatiesuite.evaluation.regels.Schaal;

/** A werkvorm used in the trajectory, at a schaal, rated 1..5 for how well it worked. */
@Embeddable
public class WerkvormGebruik {

    public String werkvorm;

    @Enumerated(EnumType.STRING)
    public Schaal schaal;

    public int waardering;
}
