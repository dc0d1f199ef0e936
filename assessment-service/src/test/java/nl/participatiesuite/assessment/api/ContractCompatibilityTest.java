package nl.participatiesuite.assessment.api;

import nl.participatiesuite.apirules.test.ContractVersioningTest;

/** The assessment-service's contract against its last released version (see ContractVersioningTest). */
class ContractCompatibilityTest extends ContractVersioningTest {
}
