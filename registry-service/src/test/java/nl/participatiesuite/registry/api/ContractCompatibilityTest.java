package nl.participatiesuite.registry.api;

import nl.participatiesuite.apirules.test.ContractVersioningTest;

/** The registry-service's contract against its last released version (see ContractVersioningTest). */
class ContractCompatibilityTest extends ContractVersioningTest {
}
