package nl.participatiesuite.registry.support;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import nl.participatiesuite.apirules.test.ContractRequests;
import nl.participatiesuite.apirules.test.EmbeddedPostgresResource;
import nl.participatiesuite.apirules.test.LocalIdentityProviderResource;
import nl.participatiesuite.apirules.test.StubPeer;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of every REST test of the registry: one application start on a real PostgreSQL with the evaluation-service as
 * a stub peer, tokens verified for real. After each test the stub answers normally again and every circuit breaker
 * is closed, and the test fails when the stub answered something its committed contract does not allow.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(PeerStubs.class)
@QuarkusTestResource(LocalIdentityProviderResource.class)
public abstract class ApiTest extends ContractRequests {

    @AfterEach
    void peersWeerNormaal() {
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
        PeerStubs.weigerNiets();
        StubPeer.restoreAndCheck(PeerStubs.ALLE);
    }
}
