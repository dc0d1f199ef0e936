package nl.participatiesuite.apirules.test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The verification of bearer tokens (domain.md §4), with real RS256 signatures from the
 * {@link LocalIdentityProvider}: every way a token can be wrong is a 401 problem with WWW-Authenticate,
 * also on a public endpoint (a bad token never counts as anonymous); a valid token of too low a role is a 403.
 * Each service extends this with one protected and one public read and a write a raadpleger may not do.
 */
public abstract class TokenVerificatieTest extends ContractRequests {

    /** A GET that needs at least a raadpleger of the test gemeente. */
    protected abstract String beveiligdPad();

    /** A GET open to anonymous callers. */
    protected abstract String openbaarPad();

    /** A POST path that needs more than a raadpleger (the body does not matter: the role is checked first). */
    protected abstract String schrijfPad();

    private static LocalIdentityProvider idp() {
        return LocalIdentityProvider.voorTests();
    }

    private static String gemeente() {
        return Aanroeper.testGemeente();
    }

    private ValidatableResponse lees(String token) {
        return raw(Aanroeper.ANONIEM).header("Authorization", "Bearer " + token).get(beveiligdPad()).then();
    }

    private static void ongeldigToken(ValidatableResponse response) {
        response.statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer realm=\"participatie-suite\""))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("status", equalTo(401));
    }

    private LocalIdentityProvider.Claims claims() {
        return idp().claims("verificatie", gemeente(), "raadpleger");
    }

    @Test
    void aValidTokenIsAccepted() {
        lees(claims().sign()).statusCode(200);
    }

    @Test
    void noTokenOnAProtectedEndpointIs401WithTheScheme() {
        raw(Aanroeper.ANONIEM).get(beveiligdPad()).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"participatie-suite\""))
                .body("type", containsString("niet-geauthenticeerd"));
    }

    @Test
    void anExpiredTokenIs401() {
        ongeldigToken(lees(claims().expiresAt(Instant.now().minusSeconds(600)).sign()));
    }

    /**
     * A verified token is kept (GeverifieerdeTokens) so the next request skips its verification; kept, it still
     * stops working the second it expires.
     */
    @Test
    void aKeptTokenIsRefusedOnceItExpires() throws InterruptedException {
        lees(claims().sign()).statusCode(200); // the first request of a service also fetches the provider's keys
        Instant verloopt = Instant.now().plusSeconds(4);
        String token = claims().expiresAt(verloopt).sign();
        lees(token).statusCode(200);
        lees(token).statusCode(200);
        Thread.sleep(Math.max(0, verloopt.toEpochMilli() - System.currentTimeMillis()) + 1_100);
        ongeldigToken(lees(token));
    }

    /** A kept token is found only by all of its characters: one changed character is verified (and refused). */
    @Test
    void aKeptTokenWithOneCharacterChangedIsVerifiedAgain() {
        String token = claims().sign();
        lees(token).statusCode(200);
        int midden = token.lastIndexOf('.') + (token.length() - token.lastIndexOf('.')) / 2;
        char anders = token.charAt(midden) == 'A' ? 'B' : 'A';
        ongeldigToken(lees(token.substring(0, midden) + anders + token.substring(midden + 1)));
    }

    @Test
    void aTokenNotYetValidIs401() {
        ongeldigToken(lees(claims().set("nbf", Instant.now().plusSeconds(3600).getEpochSecond()).sign()));
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        ongeldigToken(lees(claims().issuer("https://login.andere-gemeente.example/realms/participatie").sign()));
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        ongeldigToken(lees(claims().audience("een-andere-api").sign()));
    }

    @Test
    void aForgedSignatureIs401() {
        ongeldigToken(lees(claims().signWithWrongKey()));
    }

    @Test
    void anUnsignedTokenIs401() {
        ongeldigToken(lees(claims().unsigned()));
    }

    @Test
    void aTokenSignedWithAnUnknownKeyIs401() {
        ongeldigToken(lees(claims().signWithUnknownKey()));
    }

    @Test
    void aTokenThatIsNoJwtIs401() {
        ongeldigToken(lees("geen-token"));
    }

    /** Key rotation: the service fetches the provider's keys again for a key id it has not seen. */
    @Test
    void aTokenSignedWithTheProvidersNewKeyIsAcceptedAfterRotation() {
        idp().rotate();
        lees(claims().sign()).statusCode(200);
    }

    @Test
    void aBadTokenOnAPublicEndpointIs401NotAnonymous() {
        ongeldigToken(raw(Aanroeper.ANONIEM).header("Authorization", "Bearer " + claims().signWithWrongKey())
                .get(openbaarPad()).then());
        raw(Aanroeper.ANONIEM).get(openbaarPad()).then().statusCode(200);
    }

    /** A token that names no gemeente acts for none: the data of every gemeente is closed to it. */
    @Test
    void aTokenWithoutAGemeenteIs403ForTheDataOfAGemeente() {
        raw(Aanroeper.ANONIEM).header("Authorization", "Bearer " + idp().claims("zonder-gemeente", null, "beheerder").sign())
                .get(beveiligdPad()).then().statusCode(403).contentType("application/problem+json")
                .body("type", containsString("andere-gemeente"));
    }

    /**
     * A suite service account (client credentials: role systeem, no gemeente) reads the non-public data of the
     * gemeente it names, as a raadpleger of it would, but names no own gemeente and writes nothing.
     */
    @Test
    void aServiceAccountReadsTheGemeenteItNamesAndWritesNothing() {
        String token = "Bearer " + idp().diensttoken("assessment-service");
        raw(Aanroeper.ANONIEM).header("Authorization", token).queryParam("gemeente", gemeente()).get(beveiligdPad())
                .then().statusCode(200);
        raw(Aanroeper.ANONIEM).header("Authorization", token).get(beveiligdPad()).then().statusCode(403)
                .contentType("application/problem+json").body("type", containsString("andere-gemeente"));
        raw(Aanroeper.ANONIEM).contentType("application/json").header("Authorization", token).body("{}")
                .post(schrijfPad()).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aValidTokenWithTooLowARoleIs403Problem() {
        Function<String, ValidatableResponse> post = token -> raw(Aanroeper.ANONIEM).contentType("application/json")
                .header("Authorization", "Bearer " + token).body("{}").post(schrijfPad()).then();
        post.apply(claims().sign()).statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        // Roles a token carries that are not the suite's give no rights at all.
        post.apply(idp().claims("vreemd", gemeente(), "admin", "superuser").sign()).statusCode(403);
    }
}
