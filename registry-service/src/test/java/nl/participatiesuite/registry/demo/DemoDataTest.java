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
    void theConvenantOrganisationsAndBeusichemLeeftAreThere() {
        api().queryParam("gemeente", "GM0214").get("/dorpsbelangenorganisaties").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.naam", hasItems("Bewonersvereniging Kerk-Avezaath", "Vereniging Dorpsbelang Maurik",
                        "Belangenvereniging Lingemeer", "Stichting Dorpsraad Ravenswaaij", "BV Buren", "Beusichem Leeft"));
    }

    @Test
    void theInitiatievenOfTheEvaluationDemoExist() {
        api().get("/initiatieven/0214d000-0000-4000-8000-000000000001").then().statusCode(200)
                .body("status", equalTo("AFGEROND"));
        api().get("/initiatieven/0214d000-0000-4000-8000-000000000001/statuswijzigingen").then().statusCode(200)
                .body("totalItems", equalTo(4));
    }

    @Test
    void onlyThePilotKernenHaveAKernambtenaar() {
        api().queryParam("gemeente", "GM0214").queryParam("zonderKernambtenaar", false).get("/kernen").then()
                .statusCode(200).body("items.naam", containsInAnyOrder("Ingen", "Ravenswaaij", "Zoelen"));
        api().queryParam("gemeente", "GM0214").queryParam("zonderKernambtenaar", true).get("/kernen").then()
                .statusCode(200).body("totalItems", equalTo(12));
    }
}
