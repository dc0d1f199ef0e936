package nl.participatiesuite.evaluation.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.ArrayList;
import java.util.List;
import nl.participatiesuite.apirules.test.ContractRequests;
import nl.participatiesuite.apirules.test.EmbeddedPostgresResource;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of every REST test of the evaluation: one application start on a real PostgreSQL with stub peers.
 * After each test the peers answer normally again and the circuits are closed, and the test fails when a
 * stub peer answered something its committed contract does not allow.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(PeerStubs.class)
public abstract class ApiTest extends ContractRequests {

    @AfterEach
    void restorePeers() {
        List<String> violations = new ArrayList<>(PeerStubs.REGISTRY.contractViolations());
        violations.addAll(PeerStubs.ASSESSMENT.contractViolations());
        PeerStubs.REGISTRY.clearContractViolations();
        PeerStubs.ASSESSMENT.clearContractViolations();
        PeerStubs.REGISTRY.herstel();
        PeerStubs.ASSESSMENT.herstel();
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
        assertEquals(List.of(), violations, "a stub peer answered what its contract does not allow");
    }
}
