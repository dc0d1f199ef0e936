package nl.participatiesuite.assessment.api;

import nl.participatiesuite.apirules.test.LogsZonderPersoonsgegevensTest;

/** After all tests: none of them made the assessment log personal data. */
class LogsZonderPersoonsgegevensIT extends LogsZonderPersoonsgegevensTest {
}
