package nl.participatiesuite.registry.api;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import org.junit.jupiter.api.Test;

/** An endpoint added without @PermitAll or @RolesAllowed is refused to everyone (api-rules' default deny). */
@QuarkusTest
class DefaultDenyTest extends ApiTest {

    @Test
    void anEndpointWithoutAnAccessRuleIsRefusedToEveryCaller() {
        raw(Aanroeper.ANONIEM).get("/zonder-toegangsregel").then().statusCode(401)
                .contentType("application/problem+json").body(not(containsString("niemand")));
        for (Aanroeper aanroeper : new Aanroeper[] {Aanroeper.raadpleger("GM0214"), Aanroeper.medewerker("GM0214"),
                Aanroeper.beheerder("GM0214")}) {
            raw(aanroeper).get("/zonder-toegangsregel").then().statusCode(403)
                    .contentType("application/problem+json").body(not(containsString("niemand")));
        }
    }
}
