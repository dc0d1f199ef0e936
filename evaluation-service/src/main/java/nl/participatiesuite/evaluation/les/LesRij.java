package nl.participatiesuite.evaluation.les;

import nl.participatiesuite.evaluation.evaluatie.Evaluatie;
import nl.participatiesuite.evaluation.evaluatie.Les;

/** One row of the lessons list: a lesson and the report it comes from. */
public record LesRij(Evaluatie evaluatie, Les les) {
}
