package nl.participatiesuite.apirules.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the suite's claims from a verified token: the gemeente from a configurable claim path (so Keycloak,
 * Entra ID and others fit), the name and client, and the roles with the ones they include ({@link Rollen}).
 * The token's own role claim path is quarkus.oidc.roles.role-claim-path. The result is kept in
 * {@link GeverifieerdeTokens}, so the next request with the same token needs no verification.
 */
@ApplicationScoped
public class TokenRollen implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "suite.security.gemeente-claim", defaultValue = "gemeente")
    String gemeenteClaim;

    /**
     * Set on every identity read here. An identity that {@link GeverifieerdeTokens} hands out again still carries it,
     * with its roles and claims, so its token's claims are not read again on every request.
     */
    static final String CLAIMS_GELEZEN = "suite.claims-gelezen";

    @Inject
    GeverifieerdeTokens geverifieerdeTokens;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (identity.getAttribute(CLAIMS_GELEZEN) != null) {
            return Uni.createFrom().item(identity);
        }
        String gemeente = claim(token, gemeenteClaim);
        Set<String> rollen = Rollen.toegekend(identity.getRoles(), gemeente != null);
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity).addRoles(rollen)
                .addAttribute(CLAIMS_GELEZEN, Boolean.TRUE);
        if (gemeente != null) {
            builder.addAttribute(Beller.GEMEENTE, gemeente);
        }
        String naam = claim(token, "name");
        if (naam != null) {
            builder.addAttribute(Beller.NAAM, naam);
        }
        String client = claim(token, "azp") != null ? claim(token, "azp") : claim(token, "client_id");
        if (client != null) {
            builder.addAttribute(Beller.CLIENT, client);
        }
        SecurityIdentity metRollen = builder.build();
        geverifieerdeTokens.bewaar(metRollen);
        return Uni.createFrom().item(metRollen);
    }

    /** A string claim by path ({@code a/b/c}); a list claim gives its first element. */
    static String claim(JsonWebToken token, String pad) {
        String[] delen = pad.split("/");
        Object waarde = token.getClaim(delen[0]);
        for (int i = 1; i < delen.length && waarde != null; i++) {
            waarde = waarde instanceof JsonObject object ? object.get(delen[i]) : null;
        }
        if (waarde instanceof jakarta.json.JsonArray lijst) {
            waarde = lijst.isEmpty() ? null : lijst.get(0);
        }
        if (waarde instanceof JsonString tekst) {
            return tekst.getString();
        }
        if (waarde == null || waarde instanceof JsonValue) {
            return null;
        }
        return waarde.toString();
    }
}
