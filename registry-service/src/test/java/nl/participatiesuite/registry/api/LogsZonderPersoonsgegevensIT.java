package nl.participatiesuite.registry.api;

import nl.participatiesuite.apirules.test.LogsZonderPersoonsgegevensTest;

/** After all tests: none of them made the registry log personal data. */
class LogsZonderPersoonsgegevensIT extends LogsZonderPersoonsgegevensTest {
}
