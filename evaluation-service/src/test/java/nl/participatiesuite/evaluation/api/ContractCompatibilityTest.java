package nl.participatiesuite.evaluation.api;

import nl.participatiesuite.apirules.test.ContractVersioningTest;

/** The evaluation-service's contract against its last released version (see ContractVersioningTest). */
class ContractCompatibilityTest extends ContractVersioningTest {
}
