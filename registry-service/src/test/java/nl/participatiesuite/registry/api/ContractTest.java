package nl.participatiesuite.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.apirules.test.ContractDriftTest;

/** The served contract of the registry-service is the committed one (see ContractDriftTest). */
@QuarkusTest
class ContractTest extends ContractDriftTest {
}
