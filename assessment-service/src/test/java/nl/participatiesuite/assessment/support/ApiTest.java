package nl.participatiesuite.assessment.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.ArrayList;
import java.util.List;
import nl.participatiesuite.apirules.test.ContractRequests;
import nl.participatiesuite.apirules.test.EmbeddedPostgresResource;
import nl.participatiesuite.apirules.test.StubPeer;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of every REST test of the assessment: one application start on a real PostgreSQL with stub peers.
 * After each test the peers answer normally again and every circuit breaker is closed, so a test that made a
 * peer fail leaves nothing behind; and the test fails when a stub peer answered something its committed
 * contract does not allow.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(PeerStubs.class)
public abstract class ApiTest extends ContractRequests {

    @AfterEach
    void peersWeerNormaal() {
        List<String> violations = new ArrayList<>();
        for (StubPeer peer : PeerStubs.ALLE) {
            violations.addAll(peer.contractViolations());
            peer.clearContractViolations();
            peer.herstel();
        }
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
        assertEquals(List.of(), violations, "a stub peer answered what its contract does not allow");
    }
}
