package nl.participatiesuite.apirules.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Rollen;

/**
 * A small OpenID Connect provider for tests and for the local run without Keycloak: discovery, a JWKS with
 * RSA keys generated at start (never stored, so nothing it signs is trusted anywhere else), and real RS256
 * signatures, so the services' token verification runs exactly as in production. Keys can be rotated.
 */
public final class LocalIdentityProvider implements AutoCloseable {

    public static final String AUDIENCE = "participatie-suite";

    private static LocalIdentityProvider voorTests;

    private final HttpServer server;
    private final String realm;
    private final List<Sleutel> sleutels = new ArrayList<>();

    record Sleutel(String kid, KeyPair paar) {
    }

    private LocalIdentityProvider(int port, String realm) {
        this.realm = realm;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Local identity provider did not start", e);
        }
        sleutels.add(nieuweSleutel());
        server.createContext("/realms/" + realm + "/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer())));
        server.createContext("/realms/" + realm + "/protocol/openid-connect/certs", exchange -> json(exchange, jwks()));
        server.createContext("/realms/" + realm + "/protocol/openid-connect/token", this::tokenEndpoint);
        server.start();
    }

    /** One provider per test JVM, shared by every service start and test in it. */
    public static synchronized LocalIdentityProvider voorTests() {
        if (voorTests == null) {
            voorTests = new LocalIdentityProvider(0, "participatie-test");
        }
        return voorTests;
    }

    public static LocalIdentityProvider start(int port, String realm) {
        return new LocalIdentityProvider(port, realm);
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + realm;
    }

    /** A token for a person of a gemeente in one role (the roles it includes are added by the service). */
    public String token(String subject, String gemeente, String rol) {
        return claims(subject, gemeente, rol).sign();
    }

    /**
     * The token of one of the suite's services as its own client (client credentials): role systeem, no gemeente,
     * the client as {@code azp}, as Keycloak gives a service account.
     */
    public String diensttoken(String clientId) {
        return claims("service-account-" + clientId, null, Rollen.SYSTEEM).set("azp", clientId).sign();
    }

    /** The claims of a valid token, for a test that changes one of them before signing. */
    public Claims claims(String subject, String gemeente, String... rollen) {
        Instant nu = Instant.now();
        JwtClaimsBuilder builder = Jwt.issuer(issuer()).audience(AUDIENCE).subject(subject)
                .claim("name", "Test " + subject).claim("azp", "participatie-tests")
                .claim("realm_access", Map.of("roles", List.of(rollen)))
                .issuedAt(nu).claim("nbf", nu.getEpochSecond() - 5).expiresAt(nu.plus(Duration.ofMinutes(30)));
        if (gemeente != null) {
            builder.claim("gemeente", gemeente);
        }
        return new Claims(builder);
    }

    public final class Claims {
        private final JwtClaimsBuilder builder;

        Claims(JwtClaimsBuilder builder) {
            this.builder = builder;
        }

        public Claims set(String claim, Object value) {
            builder.claim(claim, value);
            return this;
        }

        public Claims issuer(String issuer) {
            builder.issuer(issuer);
            return this;
        }

        public Claims audience(String audience) {
            builder.audience(audience);
            return this;
        }

        public Claims expiresAt(Instant moment) {
            builder.expiresAt(moment);
            return this;
        }

        /** Signed with the provider's current key, named in the header. */
        public String sign() {
            Sleutel sleutel = sleutels.get(sleutels.size() - 1);
            return builder.jws().keyId(sleutel.kid()).sign(sleutel.paar().getPrivate());
        }

        /** Signed with a key the provider never published, under a key id it does not know. */
        public String signWithUnknownKey() {
            return builder.jws().keyId("onbekend-" + UUID.randomUUID()).sign(nieuweSleutel().paar().getPrivate());
        }

        /** Signed with another key, but claiming the provider's key id: a forged signature. */
        public String signWithWrongKey() {
            return builder.jws().keyId(sleutels.get(sleutels.size() - 1).kid()).sign(nieuweSleutel().paar().getPrivate());
        }

        /** The same claims unsigned, with {@code alg: none}. */
        public String unsigned() {
            String signed = sign();
            String payload = signed.split("\\.")[1];
            String header = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            return header + "." + payload + ".";
        }
    }

    /** A new signing key; the old one stays published, as a provider does during a rotation. */
    public synchronized void rotate() {
        sleutels.add(nieuweSleutel());
    }

    private static Sleutel nieuweSleutel() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new Sleutel(UUID.randomUUID().toString(), generator.generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized String jwks() {
        List<String> keys = new ArrayList<>();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        for (Sleutel sleutel : sleutels) {
            RSAPublicKey key = (RSAPublicKey) sleutel.paar().getPublic();
            keys.add("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"%s\",\"n\":\"%s\",\"e\":\"%s\"}".formatted(
                    sleutel.kid(), b64.encodeToString(unsigned(key.getModulus().toByteArray())),
                    b64.encodeToString(unsigned(key.getPublicExponent().toByteArray()))));
        }
        return "{\"keys\":[" + String.join(",", keys) + "]}";
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /**
     * The local run's token endpoint, as Keycloak's: the password grant for the demo users ({@code username} one of
     * {@code <gemeente>-<rol>}, e.g. {@code buren-medewerker}; any password), and the client credentials grant for the
     * suite's services ({@link #DIENSTEN}; the client id in HTTP Basic or the form, any secret). Development tokens.
     */
    private void tokenEndpoint(HttpExchange exchange) throws IOException {
        Map<String, String> form = formulier(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String token = switch (form.getOrDefault("grant_type", "password")) {
            case "client_credentials" -> {
                String clientId = clientId(exchange, form);
                yield DIENSTEN.contains(clientId) ? diensttoken(clientId) : null;
            }
            case "password" -> {
                DemoGebruiker demo = DemoGebruiker.van(form.get("username"));
                yield demo == null ? null : token(demo.naam(), demo.gemeente(), demo.rol());
            }
            default -> null;
        };
        if (token == null) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        json(exchange, "{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":1800}".formatted(token));
    }

    /** The clients of the suite's own services, the same as in the Keycloak demo realm. */
    static final List<String> DIENSTEN = List.of("registry-service", "assessment-service", "evaluation-service");

    private static Map<String, String> formulier(String body) {
        Map<String, String> velden = new java.util.HashMap<>();
        for (String deel : body.split("&")) {
            String[] kv = deel.split("=", 2);
            if (kv.length == 2) {
                velden.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return velden;
    }

    /** client_secret_basic (the OIDC client's default) or client_id in the form. */
    private static String clientId(HttpExchange exchange, Map<String, String> form) {
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String paar = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
            return URLDecoder.decode(paar.split(":", 2)[0], StandardCharsets.UTF_8);
        }
        return form.get("client_id");
    }

    /** The demo users of the local run, the same as in the Keycloak demo realm. */
    record DemoGebruiker(String naam, String gemeente, String rol) {
        static final Map<String, String> GEMEENTEN = Map.of("buren", "GM0214", "culemborg", "GM0216");

        static DemoGebruiker van(String gebruiker) {
            if (gebruiker == null || !gebruiker.contains("-")) {
                return null;
            }
            String[] delen = gebruiker.split("-", 2);
            String gemeente = GEMEENTEN.get(delen[0]);
            boolean rol = List.of("raadpleger", "medewerker", "beheerder").contains(delen[1]);
            return gemeente != null && rol ? new DemoGebruiker(gebruiker, gemeente, delen[1]) : null;
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The local run's fallback provider: {@code LocalIdentityProvider <port>}. Development tokens only. */
    public static void main(String[] args) {
        LocalIdentityProvider provider = start(Integer.parseInt(args[0]), nl.participatiesuite.apirules.security.OntwikkeltokensNietInProductie.ONTWIKKELREALM);
        System.out.println("LOCAL-IDENTITY-PROVIDER-READY " + provider.issuer());
    }
}
