package nl.participatiesuite.evaluation.evaluatie;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How one group of participants judged the collaboration. */
@Embeddable
public class Deelnemersoordeel {

    @Enumerated(EnumType.STRING)
    public Deelnemersgroep groep;

    /** 1..10, the Dutch school grade. */
    public int score;

    /** Free text that may identify people: never part of a shared report. */
    public String opmerking;
}
