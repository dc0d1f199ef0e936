package nl.participatiesuite.evaluation.verslag;

import java.time.LocalDate;
import nl.participatiesuite.evaluation.evaluatie.Evaluatie;

/** What a samenwerkingsverslag is made of: the evaluatie and the day the document is made. */
record Samenwerkingsverslag(Evaluatie evaluatie, LocalDate opgemaaktOp) {
}
