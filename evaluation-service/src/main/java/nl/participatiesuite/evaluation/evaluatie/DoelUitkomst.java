package nl.participatiesuite.evaluation.evaluatie;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One goal of the trajectory and how far it was reached. */
@Embeddable
public class DoelUitkomst {

    public String omschrijving;

    @Enumerated(EnumType.STRING)
    public Doelresultaat resultaat;

    public String toelichting;
}
