package nl.participatiesuite.assessment.support;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import nl.participatiesuite.apirules.test.ContractRequests;
import nl.participatiesuite.apirules.test.EmbeddedPostgresResource;
import nl.participatiesuite.apirules.test.LocalIdentityProviderResource;
import nl.participatiesuite.apirules.test.StubPeer;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of every REST test of the assessment: one application start on a real PostgreSQL with stub peers, tokens
 * verified for real ({@code api()} calls as the beheerder of the gemeente of the last {@code TestData.nieuweGemeente()}).
 * After each test the peers answer normally (and every caller) again and every circuit breaker is closed, so a test that made a
 * peer fail leaves nothing behind; and the test fails when a stub peer answered something its committed
 * contract does not allow.
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
