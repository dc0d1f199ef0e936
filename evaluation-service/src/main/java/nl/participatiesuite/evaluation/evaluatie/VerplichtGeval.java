package nl.participatiesuite.evaluation.evaluatie;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A case in which the gemeenteraad made participation mandatory (Omgevingswet art. 16.55 lid 7, domain.md §6), as the
 * beoordeling of the initiatief named it when the report took over its planned level.
 */
@Embeddable
public class VerplichtGeval {

    public String code;

    public String omschrijving;

    public String besluit;

    public LocalDate besluitdatum;
}
