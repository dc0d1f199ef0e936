package nl.participatiesuite.assessment.support;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import nl.participatiesuite.apirules.test.ContractRequests;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of every REST test of the assessment: one application start on a real PostgreSQL with stub peers.
 * After each test the peers answer normally again and every circuit breaker is closed, so a test that made a
 * peer fail leaves nothing behind.
 */
@QuarkusTestResource(TestOmgeving.class)
public abstract class ApiTest extends ContractRequests {

    @AfterEach
    void peersWeerNormaal() {
        PeerStub.normaal();
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
    }
}
