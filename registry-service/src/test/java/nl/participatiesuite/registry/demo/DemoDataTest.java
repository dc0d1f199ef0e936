package nl.participatiesuite.registry.demo;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.participatiesuite.registry.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The local run command's demo data: Buren as the visie kerngericht werken describes it. */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoDataTest extends ApiTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "demo";
        }
    }

    @Test
    void burenHasItsFifteenKernen() {
        api().queryParam("gemeente", "GM0214").queryParam("pageSize", 100).get("/kernen").then()
                .statusCode(200).body("totalItems", equalTo(15))
                .body("items.naam", hasItems("Beusichem", "Ingen", "Ravenswaaij", "Zoelen", "Zoelmond"));
    }

    @Test
    void onlyThePilotKernenHaveAKernambtenaar() {
        api().queryParam("gemeente", "GM0214").queryParam("zonderKernambtenaar", false).get("/kernen").then()
                .statusCode(200).body("items.naam", containsInAnyOrder("Ingen", "Ravenswaaij", "Zoelen"));
        api().queryParam("gemeente", "GM0214").queryParam("zonderKernambtenaar", true).get("/kernen").then()
                .statusCode(200).body("totalItems", equalTo(12));
    }
}
