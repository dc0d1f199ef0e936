package nl.participatiesuite.registry.demo;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The local run command's demo data: Buren as the visie kerngericht werken describes it. Public data is read
 * anonymously, the rest by a raadpleger of Buren (GM0214).
 */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoDataTest extends ApiTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "demo";
        }

        /** The demo subscribes to the assessment-service; here that is a stub without abonnementen. */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.abonneren.actief", "false");
        }
    }

    @Test
    void burenHasItsFifteenKernen() {
        api(Aanroeper.ANONIEM).queryParam("gemeente", "GM0214").queryParam("pageSize", 100).get("/kernen").then()
                .statusCode(200).body("totalItems", equalTo(15))
                .body("items.naam", hasItems("Beusichem", "Ingen", "Ravenswaaij", "Zoelen", "Zoelmond"));
    }

    @Test
    void theConvenantOrganisationsAndBeusichemLeeftAreThere() {
        api(Aanroeper.ANONIEM).queryParam("gemeente", "GM0214").get("/dorpsbelangenorganisaties").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.naam", hasItems("Bewonersvereniging Kerk-Avezaath", "Vereniging Dorpsbelang Maurik",
                        "Belangenvereniging Lingemeer", "Stichting Dorpsraad Ravenswaaij", "BV Buren", "Beusichem Leeft"));
    }

    @Test
    void theInitiatievenOfTheEvaluationDemoExist() {
        api(Aanroeper.ANONIEM).get("/initiatieven/0214d000-0000-4000-8000-000000000001").then().statusCode(200)
                .body("status", equalTo("AFGEROND"));
        api(Aanroeper.ANONIEM).get("/initiatieven/0214d000-0000-4000-8000-000000000001/statuswijzigingen").then()
                .statusCode(200).body("totalItems", equalTo(4));
        // Who took each step is for Buren's own callers.
        api(Aanroeper.raadpleger("GM0214")).get("/initiatieven/0214d000-0000-4000-8000-000000000001/statuswijzigingen")
                .then().statusCode(200).body("items.actor", everyItem(equalTo("demo")));
    }

    @Test
    void onlyThePilotKernenHaveAKernambtenaar() {
        api(Aanroeper.ANONIEM).queryParam("gemeente", "GM0214").queryParam("zonderKernambtenaar", false).get("/kernen").then()
                .statusCode(200).body("items.naam", containsInAnyOrder("Ingen", "Ravenswaaij", "Zoelen"));
        api(Aanroeper.ANONIEM).queryParam("gemeente", "GM0214").queryParam("zonderKernambtenaar", true).get("/kernen").then()
                .statusCode(200).body("totalItems", equalTo(12));
    }

    /** Not public: the kernambtenaren, the budget and the coverage are read by a raadpleger of Buren. */
    @Test
    void burensOwnDataIsReadByABurenRaadpleger() {
        Aanroeper buren = Aanroeper.raadpleger("GM0214");
        api(buren).queryParam("gemeente", "GM0214").get("/kernambtenaren").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.naam", containsInAnyOrder("Kernambtenaar Ingen", "Kernambtenaar Ravenswaaij", "Kernambtenaar Zoelen"));
        api(buren).get("/kerndekkingen/GM0214").then().statusCode(200)
                .body("aantalKernen", equalTo(15)).body("aantalKernenMetKernambtenaar", equalTo(3));
        api(buren).queryParam("gemeente", "GM0214").get("/leefbaarheidsbudgetten").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].jaar", equalTo(2026));
        api(buren).get("/dorpsbelangenorganisaties/172477d6-7ac6-5604-9760-6dda6525b274/onkostenvergoedingen/2024").then()
                .statusCode(200).body("toegepasteInflatiecijfers.jaar", containsInAnyOrder(2021, 2022, 2023, 2024));
        api(Aanroeper.ANONIEM).queryParam("gemeente", "GM0214").get("/kernambtenaren").then().statusCode(401);
        api(Aanroeper.raadpleger("GM0109")).queryParam("gemeente", "GM0214").get("/kernambtenaren").then().statusCode(403);
    }

    /** Two uitdaagrechtverzoeken: one in behandeling in Zoelen, one granted and running in Ravenswaaij. */
    @Test
    void burenHasTwoUitdaagrechtverzoeken() {
        Aanroeper buren = Aanroeper.raadpleger("GM0214");
        api(buren).queryParam("gemeente", "GM0214").get("/uitdaagrechtverzoeken").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.status", containsInAnyOrder("IN_BEHANDELING", "IN_UITVOERING"))
                .body("items.beslistermijn.regelsetVersie", everyItem(equalTo("standaard-1")));
        api(buren).get("/uitdaagrechtverzoeken/0214e000-0000-4000-8000-000000000001").then().statusCode(200)
                .body("ontvankelijkheid.volledig", equalTo(true))
                .body("beslistermijn.uitersteBeslisdatum", equalTo("2026-12-07"));
        api(buren).get("/uitdaagrechtverzoeken/0214e000-0000-4000-8000-000000000002").then().statusCode(200)
                .body("besluit.besluit", equalTo("TOEGEKEND"))
                .body("beslistermijn.termijnOverschreden", equalTo(false))
                .body("overeenkomst.evaluatiedatum", equalTo("2026-06-01"));
        api(buren).get("/uitdaagrechtverzoeken/0214e000-0000-4000-8000-000000000002/statuswijzigingen").then()
                .statusCode(200).body("totalItems", equalTo(5));
        api(Aanroeper.ANONIEM).queryParam("gemeente", "GM0214").get("/uitdaagrechtverzoeken").then().statusCode(401);
    }
}
