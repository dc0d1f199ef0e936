package nl.participatiesuite.apirules.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities of bearer tokens this pod has verified, until each token expires. Verifying a token (decoding
 * it twice, an RSA signature, the claims) cost more than half of every authenticated request (bench/RESULTS.md,
 * "the cost of verifying it"), while a front end sends the same token for minutes. A token found here was verified
 * in full by quarkus-oidc earlier and is byte for byte the same; only its expiry is checked again.
 *
 * <p>What this gives up: a signing key withdrawn at the provider stops a cached token only when it expires (access
 * tokens live minutes). Bounded: at most {@code suite.security.token-cache.grootte} identities; when full, expired
 * ones go first, and if none expired the whole cache is emptied (every token is then verified once more).
 */
@Singleton
public class GeverifieerdeTokens {

    private final Map<String, Bewaard> tokens = new ConcurrentHashMap<>();
    private final int grootte;
    /** The suite's clock (the bean {@code Klok} reads), so a test can move it. */
    private final Clock klok;

    GeverifieerdeTokens(@ConfigProperty(name = "suite.security.token-cache.grootte", defaultValue = "1000") int grootte,
            Clock klok) {
        this.grootte = grootte;
        this.klok = klok;
    }

    /**
     * The identity of a token verified before and not yet expired, carrying {@code verzoek} (this request's routing
     * context) where the verified identity carried the routing context of its own request; null otherwise.
     */
    SecurityIdentity geldig(String token, Object verzoek) {
        Bewaard bewaard = tokens.get(token);
        if (bewaard == null) {
            return null;
        }
        if (verlopen(bewaard, klok.instant())) {
            tokens.remove(token, bewaard);
            return null;
        }
        if (verzoek == null || bewaard.verzoekAttributen().isEmpty()) {
            return bewaard.identity();
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(bewaard.identity());
        bewaard.verzoekAttributen().forEach(naam -> builder.addAttribute(naam, verzoek));
        return builder.build();
    }

    /** Keeps a freshly verified identity; a token without an expiry is never kept. */
    void bewaar(SecurityIdentity identity) {
        if (grootte <= 0 || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getRawToken() == null
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        if (tokens.containsKey(jwt.getRawToken())) {
            return; // it came from here
        }
        if (tokens.size() >= grootte) {
            maakRuimte();
        }
        Map<String, Object> attributen = new HashMap<>(identity.getAttributes());
        Set<String> verzoekAttributen = new HashSet<>();
        attributen.entrySet().removeIf(attribuut -> attribuut.getValue() instanceof RoutingContext
                && verzoekAttributen.add(attribuut.getKey()));
        SecurityIdentity zonderVerzoek = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributen)
                .build();
        tokens.put(jwt.getRawToken(), new Bewaard(zonderVerzoek, Set.copyOf(verzoekAttributen),
                Instant.ofEpochSecond(jwt.getExpirationTime())));
    }

    int aantal() {
        return tokens.size();
    }

    private void maakRuimte() {
        Instant nu = klok.instant();
        tokens.values().removeIf(bewaard -> verlopen(bewaard, nu));
        if (tokens.size() >= grootte) {
            tokens.clear();
        }
    }

    private static boolean verlopen(Bewaard bewaard, Instant nu) {
        return !nu.isBefore(bewaard.verloopt());
    }

    /**
     * {@code verzoekAttributen}: the attributes that held the verifying request's routing context. They are left
     * out, so a kept identity never holds on to a finished request, and filled in with each new request's own.
     */
    private record Bewaard(SecurityIdentity identity, Set<String> verzoekAttributen, Instant verloopt) {
    }
}
