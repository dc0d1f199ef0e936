package nl.participatiesuite.apirules.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local run's development tokens (LocalIdentityProvider, when no Keycloak can start) are never accepted in
 * production: a service started with the production profile and that provider as its issuer refuses to start.
 */
@Singleton
public class OntwikkeltokensNietInProductie {

    /** The realm name of the development token provider; no real identity provider uses it. */
    public static final String ONTWIKKELREALM = "ontwikkeltokens-niet-voor-productie";

    void controleer(@Observes StartupEvent start,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> issuer) {
        controleer(LaunchMode.current() == LaunchMode.NORMAL
                && io.quarkus.runtime.configuration.ConfigUtils.getProfiles().contains("prod"), issuer.orElse(""));
    }

    static void controleer(boolean productie, String issuer) {
        if (productie && issuer.contains(ONTWIKKELREALM)) {
            throw new IllegalStateException("Ontwikkeltokens in productie geweigerd: SUITE_OIDC_ISSUER wijst naar de"
                    + " lokale ontwikkelprovider. Stel de identity provider van de gemeente in.");
        }
    }
}
