package nl.participatiesuite.apirules.peer;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This service's own token: client credentials (quarkus.oidc-client, SUITE_OIDC_CLIENT_ID/SUITE_OIDC_CLIENT_SECRET at
 * SUITE_OIDC_ISSUER) of a suite service account, role systeem and no gemeente (domain.md §4, {@code Beller#isSysteem}).
 * For the calls a service makes for itself, not for a caller: loading a cache in the background, where no caller's
 * token exists and none may be borrowed (what one caller may see is not what the next may). Pass it explicitly as the
 * {@code Authorization} header of such a call; a peer client that propagates the caller's token must not be used for it.
 *
 * <p>The token is kept until shortly before it expires (quarkus.oidc-client.refresh-token-time-skew), so most calls
 * cost no round trip to the identity provider; fetching a new one waits at most {@code suite.diensttoken.wachttijd}.
 * A failure is thrown to the caller, whose fault tolerance gives its degraded answer. A service that uses it early
 * sets {@code suite.diensttoken.bij-start=true}: the first token is then fetched in the background at start, so the
 * first call does not spend its time bound on the identity provider.
 */
@ApplicationScoped
public class Diensttoken {

    private static final Logger LOG = Logger.getLogger(Diensttoken.class);

    private final OidcClient client;
    private final Duration wachttijd;
    private final boolean bijStart;
    private volatile Tokens tokens;

    Diensttoken(OidcClient client,
            @ConfigProperty(name = "suite.diensttoken.wachttijd", defaultValue = "2S") Duration wachttijd,
            @ConfigProperty(name = "suite.diensttoken.bij-start", defaultValue = "false") boolean bijStart) {
        this.client = client;
        this.wachttijd = wachttijd;
        this.bijStart = bijStart;
    }

    void bijStart(@Observes StartupEvent start) {
        if (bijStart) {
            // Not awaited: a service starts without its identity provider too; bearer() tries again when needed.
            client.getTokens().subscribe().with(nieuw -> tokens = nieuw, fout -> LOG.warnf(
                    "Het diensttoken kwam er bij de start niet (%s); een volgende aanroep probeert het opnieuw",
                    fout.getClass().getSimpleName()));
        }
    }

    /** The value of an {@code Authorization} header: {@code Bearer <access token>}. */
    public String bearer() {
        Tokens huidig = tokens;
        if (verlopen(huidig)) {
            huidig = vernieuwd();
        }
        return "Bearer " + huidig.getAccessToken();
    }

    private synchronized Tokens vernieuwd() {
        // Another thread may have fetched one while this one waited for the lock.
        if (verlopen(tokens)) {
            tokens = client.getTokens().await().atMost(wachttijd);
        }
        return tokens;
    }

    private static boolean verlopen(Tokens tokens) {
        return tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval();
    }
}
