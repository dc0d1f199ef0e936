package nl.participatiesuite.apirules.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The pod's memory of verified tokens: until each expires, bounded, never holding a finished request. */
class GeverifieerdeTokensTest {

    private static final Instant NU = Instant.parse("2026-12-01T10:00:00Z");

    private final MovableClock klok = new MovableClock();

    @Test
    void aKeptTokenIsFoundUntilTheSecondItExpires() {
        GeverifieerdeTokens tokens = new GeverifieerdeTokens(10, klok);
        tokens.bewaar(identity("a", NU.plusSeconds(60), null));
        assertNotNull(tokens.geldig("a", null));
        assertNull(tokens.geldig("b", null));
        klok.nu = NU.plusSeconds(59);
        assertNotNull(tokens.geldig("a", null));
        klok.nu = NU.plusSeconds(60);
        assertNull(tokens.geldig("a", null));
        assertEquals(0, tokens.aantal());
    }

    @Test
    void whenFullTheExpiredGoFirstAndOtherwiseAllGo() {
        GeverifieerdeTokens tokens = new GeverifieerdeTokens(2, klok);
        tokens.bewaar(identity("kort", NU.plusSeconds(1), null));
        tokens.bewaar(identity("lang", NU.plusSeconds(600), null));
        klok.nu = NU.plusSeconds(5);
        tokens.bewaar(identity("nieuw", NU.plusSeconds(600), null));
        assertEquals(2, tokens.aantal());
        assertNotNull(tokens.geldig("lang", null));
        tokens.bewaar(identity("nog een", NU.plusSeconds(600), null));
        assertEquals(1, tokens.aantal());
        assertNotNull(tokens.geldig("nog een", null));
    }

    @Test
    void aKeptIdentityCarriesTheRoutingContextOfTheRequestThatAsks() {
        GeverifieerdeTokens tokens = new GeverifieerdeTokens(10, klok);
        RoutingContext eerste = routingContext();
        RoutingContext tweede = routingContext();
        tokens.bewaar(identity("a", NU.plusSeconds(60), eerste));
        SecurityIdentity gevonden = tokens.geldig("a", tweede);
        assertSame(tweede, gevonden.getAttribute("quarkus.http.routing.context"));
        assertEquals("GM0214", gevonden.getAttribute(Beller.GEMEENTE));
        assertEquals(Set.of("raadpleger"), gevonden.getRoles());
        assertNull(tokens.geldig("a", null).getAttribute("quarkus.http.routing.context"));
    }

    /** TokenRollen reads a token's claims once, when it is verified; the kept identity brings its roles along. */
    @Test
    void aKeptIdentityIsNotReadAgainByTokenRollen() {
        GeverifieerdeTokens tokens = new GeverifieerdeTokens(10, klok);
        TokenRollen tokenRollen = new TokenRollen();
        tokenRollen.gemeenteClaim = "gemeente";
        tokenRollen.geverifieerdeTokens = tokens;
        SecurityIdentity gelezen = tokenRollen.augment(identity("a", NU.plusSeconds(60), null), null)
                .await().indefinitely();
        assertEquals(Boolean.TRUE, gelezen.getAttribute(TokenRollen.CLAIMS_GELEZEN));
        SecurityIdentity bewaard = tokens.geldig("a", routingContext());
        assertSame(bewaard, tokenRollen.augment(bewaard, null).await().indefinitely());
        assertEquals(gelezen.getRoles(), bewaard.getRoles());
        assertEquals("GM0214", bewaard.getAttribute(Beller.GEMEENTE));
    }

    @Test
    void aTokenWithoutExpiryIsNeverKeptNorAnyTokenWhenTheSizeIsZero() {
        GeverifieerdeTokens zonderExpiry = new GeverifieerdeTokens(10, klok);
        zonderExpiry.bewaar(identity("a", Instant.EPOCH, null));
        assertEquals(0, zonderExpiry.aantal());
        GeverifieerdeTokens uit = new GeverifieerdeTokens(0, klok);
        uit.bewaar(identity("a", NU.plusSeconds(60), null));
        assertEquals(0, uit.aantal());
    }

    /**
     * TokenUitCache answers before quarkus-oidc only for a kept bearer token; everything else (no header, another
     * scheme, an unknown or changed token, an expired one) is left to quarkus-oidc, which also gives the challenge.
     */
    @Test
    void onlyAKeptBearerTokenIsAnsweredBeforeQuarkusOidc() {
        GeverifieerdeTokens tokens = new GeverifieerdeTokens(10, klok);
        tokens.bewaar(identity("abc.def.ghi", NU.plusSeconds(60), routingContext()));
        TokenUitCache mechanisme = new TokenUitCache(tokens);
        RoutingContext verzoek = routingContext("Bearer abc.def.ghi");
        SecurityIdentity gevonden = mechanisme.authenticate(verzoek, null).await().indefinitely();
        assertEquals("GM0214", gevonden.getAttribute(Beller.GEMEENTE));
        assertSame(verzoek, gevonden.getAttribute("quarkus.http.routing.context"));
        assertNotNull(mechanisme.authenticate(routingContext("bearer abc.def.ghi"), null).await().indefinitely());
        for (String header : new String[] {null, "", "Bearer ", "Basic abc.def.ghi", "Bearer abc.def.ghj",
                "Bearer  abc.def.ghi", "abc.def.ghi"}) {
            assertNull(mechanisme.authenticate(routingContext(header), null).await().indefinitely(), header);
        }
        assertNull(mechanisme.getChallenge(verzoek).await().indefinitely());
        assertEquals(true, mechanisme.getPriority() > io.quarkus.vertx.http.runtime.security
                .HttpAuthenticationMechanism.DEFAULT_PRIORITY);
        klok.nu = NU.plusSeconds(60);
        assertNull(mechanisme.authenticate(routingContext("Bearer abc.def.ghi"), null).await().indefinitely());
    }

    private static SecurityIdentity identity(String raw, Instant verloopt, RoutingContext verzoek) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt(raw, verloopt.getEpochSecond()))
                .addRole("raadpleger")
                .addAttribute(Beller.GEMEENTE, "GM0214");
        if (verzoek != null) {
            builder.addAttribute("quarkus.http.routing.context", verzoek);
        }
        return builder.build();
    }

    private static JsonWebToken jwt(String raw, long exp) {
        Map<String, Object> claims = Map.of("raw_token", raw, "exp", exp, "sub", "iemand", "gemeente", "GM0214");
        return (JsonWebToken) Proxy.newProxyInstance(JsonWebToken.class.getClassLoader(),
                new Class<?>[] {JsonWebToken.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> "iemand";
                    case "getClaimNames" -> claims.keySet();
                    case "getClaim" -> claims.get(args[0]);
                    case "getRawToken" -> raw;
                    case "getExpirationTime" -> exp;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    /** A request with this Authorization header (none when null). */
    private static RoutingContext routingContext(String authorization) {
        HttpServerRequest request = (HttpServerRequest) Proxy.newProxyInstance(HttpServerRequest.class.getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "authorization".equalsIgnoreCase(args[0].toString()) ? authorization : null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "request" -> request;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static RoutingContext routingContext() {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static final class MovableClock extends Clock {
        Instant nu = NU;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }
}
