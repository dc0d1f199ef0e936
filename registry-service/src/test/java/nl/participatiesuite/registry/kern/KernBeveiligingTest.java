package nl.participatiesuite.registry.kern;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * domain.md §4 for kernen, gemeenten and the national inflatiecijfers: their audit trails, the kernwethouder as
 * personal data (pseudonymised, erasable), and the inflatiecijfers that any beheerder sets and any raadpleger reads.
 */
@QuarkusTest
class KernBeveiligingTest extends ApiTest {

    @Test
    void theKernwethouderIsPseudonymisedInTheAuditTrailAndErasable() {
        String gemeente = TestData.nieuweGemeente();
        String id = api().body(Map.of("naam", "Ingen", "gemeente", gemeente, "kernwethouder", Persoonsgegevens.NAAM))
                .post("/kernen").then().statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").body(Map.of("naam", "Ingen", "gemeente", gemeente, "kernwethouder",
                Persoonsgegevens.NAAM, "inwonertal", 2100)).put("/kernen/" + id).then().statusCode(200);

        api(Aanroeper.medewerker(gemeente)).post("/kernen/" + id + "/_wissen").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).post("/kernen/" + id + "/_wissen").then().statusCode(403);
        api().post("/kernen/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("naam", equalTo("Ingen")).body("inwonertal", equalTo(2100)).body("kernwethouder", nullValue());
        api().post("/kernen/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"2\""));
        api(Aanroeper.ANONIEM).get("/kernen/" + id).then().statusCode(200).body("$", not(hasKey("kernwethouder")));

        String trail = api().get("/kernen/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update", "update"))
                .body("items[0].hoofdObject", endsWith("/api/v1/kernen/" + id))
                .body("items[0].gemeente", equalTo(gemeente))
                .body("items[0].wijzigingen.nieuw.kernwethouder", startsWith("pseudoniem:"))
                .body("items[1].wijzigingen.nieuw", not(hasKey("kernwethouder")))
                .body("items[1].wijzigingen.nieuw.inwonertal", equalTo(2100))
                .body("items[2].wijzigingen.oud.kernwethouder", startsWith("pseudoniem:"))
                .body("items[2].wijzigingen.nieuw.kernwethouder", nullValue())
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
        api(Aanroeper.medewerker(gemeente)).get("/kernen/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/kernen/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.ANONIEM).get("/kernen/" + id + "/audittrail").then().statusCode(401);
    }

    @Test
    void aGemeentesAuditTrailIsForItsOwnBeheerder() {
        String gemeente = TestData.nieuweGemeente();
        api().header("If-Match", "\"0\"").body(Map.of("naam", "Buren (Gld)")).put("/gemeenten/" + gemeente).then()
                .statusCode(200);
        api().get("/gemeenten/" + gemeente + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update"))
                .body("items[0].gebruikersId", equalTo("beheerder-" + gemeente))
                .body("items[0].hoofdObject", endsWith("/api/v1/gemeenten/" + gemeente))
                .body("items[1].wijzigingen.nieuw.naam", equalTo("Buren (Gld)"));
        api(Aanroeper.raadpleger(gemeente)).get("/gemeenten/" + gemeente + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get("/gemeenten/" + gemeente + "/audittrail").then().statusCode(403);
    }

    /** National figures: the role alone decides, whichever gemeente the caller acts for. */
    @Test
    void anyBeheerderSetsTheInflatiecijfersAndAnyRaadplegerReadsThem() {
        String gemeente = TestData.nieuweGemeente();
        String pad = "/inflatiecijfers/2180";
        api(Aanroeper.medewerker(gemeente)).body(Map.of("cpiPercentage", new BigDecimal("2.5"))).put(pad).then()
                .statusCode(403);
        api(Aanroeper.ANONIEM).get(pad).then().statusCode(401);
        api(Aanroeper.beheerder(gemeente)).body(Map.of("cpiPercentage", new BigDecimal("2.5"))).put(pad).then()
                .statusCode(201);
        api(Aanroeper.beheerder("GM0998")).header("If-Match", "\"0\"").body(Map.of("cpiPercentage", new BigDecimal("2.6")))
                .put(pad).then().statusCode(200);
        api(Aanroeper.raadpleger("GM0998")).get(pad).then().statusCode(200).body("cpiPercentage", equalTo(2.6f));
        api(Aanroeper.beheerder("GM0998")).get(pad + "/audittrail").then().statusCode(200)
                .body("items.gebruikersGemeente", contains(gemeente, "GM0998"))
                // Who made the first change is for that maker's own gemeente only.
                .body("items[0]", not(hasKey("gebruikersId")))
                .body("items[1].gebruikersId", equalTo("beheerder-GM0998"))
                .body("items[0].gemeente", nullValue());
        api(Aanroeper.medewerker(gemeente)).get(pad + "/audittrail").then().statusCode(403);
    }
}
