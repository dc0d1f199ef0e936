package nl.participatiesuite.evaluation.support;


import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.List;
import nl.participatiesuite.apirules.test.ContractRequests;
import nl.participatiesuite.apirules.test.EmbeddedPostgresResource;
import nl.participatiesuite.apirules.test.LocalIdentityProviderResource;
import nl.participatiesuite.apirules.test.StubPeer;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of every REST test of the evaluation: one application start on a real PostgreSQL with stub peers, tokens
 * verified for real. After each test the peers answer normally again and the circuits are closed, and the test
 * fails when a stub peer answered something its committed contract does not allow.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LocalIdentityProviderResource.class)
@QuarkusTestResource(PeerStubs.class)
public abstract class ApiTest extends ContractRequests {

    @AfterEach
    void restorePeers() {
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
        PeerStubs.weigerNiets();
        StubPeer.restoreAndCheck(List.of(PeerStubs.REGISTRY, PeerStubs.ASSESSMENT));
    }
}
