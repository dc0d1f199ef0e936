package nl.participatiesuite.evaluation.api;

import nl.participatiesuite.apirules.test.LogsZonderPersoonsgegevensTest;

/** After all tests: none of them made the evaluation log personal data. */
class LogsZonderPersoonsgegevensIT extends LogsZonderPersoonsgegevensTest {
}
