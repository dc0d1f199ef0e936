package nl.participatiesuite.registry.kerndekking;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KerndekkingResourceTest extends ApiTest {

    /** Registered by the gemeente's own beheerder. */
    private static void kernambtenaar(String naam, String gemeente, String... kernIds) {
        api(Aanroeper.beheerder(gemeente)).body(Map.of("naam", naam, "email", "ka@buren.nl", "gemeente", gemeente, "kernIds", List.of(kernIds)))
                .post("/kernambtenaren").then().statusCode(201);
    }

    @Test
    void reportsTheKernenWithoutKernambtenaarUntilTheDefaultGoalOfTwoIsReached() {
        String gemeente = TestData.nieuweGemeente();
        String ingen = TestData.nieuweKern(gemeente, "Ingen");
        String zoelen = TestData.nieuweKern(gemeente, "Zoelen");
        String ravenswaaij = TestData.nieuweKern(gemeente, "Ravenswaaij");
        api().get("/kerndekkingen/" + gemeente).then().statusCode(200)
                .body("aantalKernen", equalTo(3)).body("aantalKernenMetKernambtenaar", equalTo(0))
                .body("kernenZonderKernambtenaar.naam", contains("Ingen", "Ravenswaaij", "Zoelen"))
                .body("doelBereikt", equalTo(false));
        kernambtenaar("Pilot Ingen en Zoelen", gemeente, ingen, zoelen);
        api().get("/kerndekkingen/" + gemeente).then().statusCode(200)
                .body("gemeente", equalTo(gemeente))
                .body("aantalKernenMetKernambtenaar", equalTo(2))
                .body("aantalKernambtenaren", equalTo(1))
                .body("kernenZonderKernambtenaar.id", contains(ravenswaaij))
                .body("kernenZonderKernambtenaar.naam", contains("Ravenswaaij"))
                .body("alleKernenGedekt", equalTo(false))
                .body("minimaalAantalKernambtenaren", equalTo(2))
                .body("minimumKernambtenarenBereikt", equalTo(false))
                .body("minimaalTweeKernambtenaren", equalTo(false))
                .body("regelsetVersie", equalTo("standaard-1"))
                .body("doelBereikt", equalTo(false));
        kernambtenaar("Pilot Ravenswaaij", gemeente, ravenswaaij);
        api().get("/kerndekkingen/" + gemeente).then().statusCode(200)
                .body("aantalKernenMetKernambtenaar", equalTo(3))
                .body("aantalKernambtenaren", equalTo(2))
                .body("kernenZonderKernambtenaar", empty())
                .body("alleKernenGedekt", equalTo(true))
                .body("minimumKernambtenarenBereikt", equalTo(true))
                .body("minimaalTweeKernambtenaren", equalTo(true))
                .body("doelBereikt", equalTo(true));
    }

    @Test
    void aKernambtenaarOfAnotherGemeenteDoesNotCount() {
        String gemeente = TestData.nieuweGemeente();
        TestData.nieuweKern(gemeente, "Lienden");
        String ander = TestData.andereGemeente();
        kernambtenaar("Elders", ander, TestData.nieuweKern(ander, "Lienden"));
        api().get("/kerndekkingen/" + gemeente).then().statusCode(200)
                .body("aantalKernambtenaren", equalTo(0))
                .body("kernenZonderKernambtenaar.naam", contains("Lienden"));
    }

    @Test
    void unknownGemeenteIsNotFound() {
        api(Aanroeper.raadpleger("GM9991")).get("/kerndekkingen/GM9991").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** How far a gemeente is, is for its own callers (domain.md §4). */
    @Test
    void anotherGemeenteMayNotReadTheKerndekking() {
        String gemeente = TestData.nieuweGemeente();
        api(Aanroeper.raadpleger(gemeente)).get("/kerndekkingen/" + gemeente).then().statusCode(200);
        api(Aanroeper.beheerder("GM0998")).get("/kerndekkingen/" + gemeente).then().statusCode(403)
                .contentType("application/problem+json");
        api(Aanroeper.ANONIEM).get("/kerndekkingen/" + gemeente).then().statusCode(401);
    }

    @Test
    void kernenCanBeFilteredOnHavingAKernambtenaar() {
        String gemeente = TestData.nieuweGemeente();
        String beusichem = TestData.nieuweKern(gemeente, "Beusichem");
        TestData.nieuweKern(gemeente, "Erichem");
        String asch = TestData.nieuweKern(gemeente, "Asch");
        kernambtenaar("Dekt twee", gemeente, beusichem, asch);
        api().queryParam("gemeente", gemeente).queryParam("zonderKernambtenaar", true).get("/kernen").then()
                .statusCode(200).body("items.naam", contains("Erichem")).header("X-Total-Count", "1");
        api().queryParam("gemeente", gemeente).queryParam("zonderKernambtenaar", false).get("/kernen").then()
                .statusCode(200).body("items.naam", contains("Asch", "Beusichem"));
        api().queryParam("gemeente", gemeente).get("/kernen").then()
                .body("items.naam", contains("Asch", "Beusichem", "Erichem"));
    }
}
