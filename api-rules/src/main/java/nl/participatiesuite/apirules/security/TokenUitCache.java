package nl.participatiesuite.apirules.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Asked before quarkus-oidc for every bearer token: a token this pod verified before and that has not expired gets
 * its identity back from {@link GeverifieerdeTokens}; any other token gets no answer here, so quarkus-oidc verifies
 * it in full (and {@link TokenRollen} keeps it). The identity is handed out with this request's routing context,
 * never the one of the request that first verified it.
 */
@Singleton
public class TokenUitCache implements IdentityProvider<TokenAuthenticationRequest> {

    /** Before quarkus-oidc's provider, which has the default priority (1001: SYSTEM_FIRST + 1). */
    private static final int VOOR_OIDC = 2_000;

    private final GeverifieerdeTokens geverifieerdeTokens;

    TokenUitCache(GeverifieerdeTokens geverifieerdeTokens) {
        this.geverifieerdeTokens = geverifieerdeTokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return VOOR_OIDC;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext verzoek = HttpSecurityUtils.getRoutingContextAttribute(request);
        SecurityIdentity bekend = geverifieerdeTokens.geldig(request.getToken().getToken(), verzoek);
        return bekend == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(bekend);
    }
}
