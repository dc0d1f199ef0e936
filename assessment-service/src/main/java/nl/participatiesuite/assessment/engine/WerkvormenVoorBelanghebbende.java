package nl.participatiesuite.assessment.engine;

import java.util.List;

/** Stap 4 voor één belanghebbende: de werkvormen van diens geadviseerde niveau. */
public record WerkvormenVoorBelanghebbende(String naam, Niveau niveau, List<WerkvormAdvies> werkvormen) {
    public WerkvormenVoorBelanghebbende {
        werkvormen = List.copyOf(werkvormen);
    }
}
