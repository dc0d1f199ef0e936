package nl.participatiesuite.assessment.peer;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.participatiesuite.apirules.peer.Diensttoken;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.TestData;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;

/**
 * The service's own token (api-rules Diensttoken): client credentials of the client assessment-service at the
 * identity provider the service trusts, discovered from its issuer; a suite service account that reads the data of the
 * gemeente it names (here the assessment's own, verified as any token) and writes nothing.
 */
@QuarkusTest
class DiensttokenTest extends ApiTest {

    @Inject
    Diensttoken diensttoken;

    @Test
    void theServiceGetsItsOwnTokenAndReadsWithIt() {
        String gemeente = TestData.nieuweGemeente();
        String bearer = diensttoken.bearer();
        MatcherAssert.assertThat(bearer, startsWith("Bearer "));
        // Kept until shortly before it expires: no round trip to the identity provider per call.
        assertEquals(bearer, diensttoken.bearer());

        raw(Aanroeper.ANONIEM).header("Authorization", bearer).queryParam("gemeente", gemeente).get("/beoordelingen")
                .then().statusCode(200);
        raw(Aanroeper.ANONIEM).header("Authorization", bearer).contentType("application/json")
                .body(TestData.sportveldjes(gemeente)).post("/beoordelingen").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
