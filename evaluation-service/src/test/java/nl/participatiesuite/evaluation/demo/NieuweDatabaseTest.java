package nl.participatiesuite.evaluation.demo;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.participatiesuite.evaluation.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * A new gemeente's evaluation-service, outside the demo profile: after the migrations at start-up its
 * database holds no burgerpeiling, not even Buren's (that is demo data). Its own test profile makes
 * Quarkus start the application, and with it the embedded database, anew.
 */
@QuarkusTest
@TestProfile(NieuweDatabaseTest.NieuweDatabase.class)
class NieuweDatabaseTest extends ApiTest {

    /** The default configuration, in an application of its own. */
    public static class NieuweDatabase implements QuarkusTestProfile {
    }

    @Test
    void startsWithoutStellingen() {
        api().get("/stellingen").then().statusCode(200)
                .body("totalItems", equalTo(0))
                .header("X-Total-Count", equalTo("0"));
        api().get("/burgerpeiling-overzichten/GM0214").then().statusCode(404).contentType("application/problem+json");
        api().get("/evaluaties").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
