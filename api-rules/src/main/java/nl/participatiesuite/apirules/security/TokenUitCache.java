package nl.participatiesuite.apirules.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Asked before quarkus-oidc for every request: a bearer token this pod verified before and that has not expired gets
 * its identity back from {@link GeverifieerdeTokens} (already read by {@link TokenRollen} when it was verified). Any
 * other request gets no answer here, so quarkus-oidc authenticates it in full, challenge included. An HTTP
 * mechanism rather than an identity provider, because quarkus-oidc's mechanism decodes the token's JSON for every
 * request before any provider is asked (bench/targets-not-met.md, "the token"). The identity is handed out with this
 * request's routing context, never the one of the request that first verified it.
 */
@Singleton
public class TokenUitCache implements HttpAuthenticationMechanism {

    /** Before quarkus-oidc's mechanism, which has the default priority. */
    static final int VOOR_OIDC = DEFAULT_PRIORITY + 1_000;
    private static final String BEARER = "Bearer ";

    private final GeverifieerdeTokens geverifieerdeTokens;

    TokenUitCache(GeverifieerdeTokens geverifieerdeTokens) {
        this.geverifieerdeTokens = geverifieerdeTokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext verzoek, IdentityProviderManager identityProviderManager) {
        String header = verzoek.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity bekend = geverifieerdeTokens.geldig(header.substring(BEARER.length()), verzoek);
        return bekend == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(bekend);
    }

    /** quarkus-oidc gives the challenge (401 with WWW-Authenticate: Bearer). */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext verzoek) {
        return Uni.createFrom().nullItem();
    }

    /** The request type quarkus-oidc's provider verifies; this mechanism itself asks no provider. */
    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return VOOR_OIDC;
    }
}
