package nl.participatiesuite.apirules.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service under test at the {@link LocalIdentityProvider}: tokens are verified for real. */
public class LocalIdentityProviderResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", LocalIdentityProvider.voorTests().issuer(),
                "quarkus.oidc.token.forced-jwk-refresh-interval", "0S");
    }

    @Override
    public void stop() {
        // One provider serves the whole test JVM; it stops with it.
    }
}
