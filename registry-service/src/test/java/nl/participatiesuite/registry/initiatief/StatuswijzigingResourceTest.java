package nl.participatiesuite.registry.initiatief;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatuswijzigingResourceTest extends ApiTest {

    @Test
    void anInitiatiefGoesFromIngediendThroughInBehandelingAndLopendToAfgerond() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        Aanroeper beheerder = Aanroeper.beheerder(gemeente);
        String id = InitiatiefData.nieuwInitiatief(gemeente, "Dorpsommetje");
        String eerste = stap(medewerker, id, "IN_BEHANDELING", null).then().statusCode(201)
                .header("Location", containsString("/api/v1/initiatieven/" + id + "/statuswijzigingen/"))
                .body("id", notNullValue())
                .body("van", equalTo("INGEDIEND"))
                .body("naar", equalTo("IN_BEHANDELING"))
                .body("reden", nullValue())
                .body("actor", equalTo(actor(medewerker)))
                .body("tijdstip", endsWith("Z"))
                .extract().path("id");
        stap(beheerder, id, "LOPEND", "Subsidie rond").then().statusCode(201)
                .body("van", equalTo("IN_BEHANDELING")).body("naar", equalTo("LOPEND")).body("reden", equalTo("Subsidie rond"));
        stap(medewerker, id, "AFGEROND", null).then().statusCode(201).body("naar", equalTo("AFGEROND"));

        api().get("/initiatieven/" + id).then().body("status", equalTo("AFGEROND")).header("ETag", equalTo("\"3\""));
        // Every step names who took it, from the token: the submitting medewerker first.
        api().get("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("items.naar", contains("INGEDIEND", "IN_BEHANDELING", "LOPEND", "AFGEROND"))
                .body("items.van", contains(null, "INGEDIEND", "IN_BEHANDELING", "LOPEND"))
                .body("items.actor", contains(actor(medewerker), actor(medewerker), actor(beheerder), actor(medewerker)));
        api().queryParam("pageSize", 3).queryParam("page", 2).get("/initiatieven/" + id + "/statuswijzigingen").then()
                .statusCode(200).header("Link", containsString("rel=\"prev\""))
                .body("items.naar", contains("AFGEROND"));
        api().get("/initiatieven/" + id + "/statuswijzigingen/" + eerste).then().statusCode(200)
                .body("naar", equalTo("IN_BEHANDELING")).body("actor", equalTo(actor(medewerker)));
    }

    @Test
    void anyOtherTransitionIsAConflictNamingFromAndTo() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        String id = InitiatiefData.nieuwInitiatief(gemeente, "Skatebaan");
        stap(medewerker, id, "LOPEND", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/statusovergang-niet-toegestaan"))
                .body("status", equalTo(409))
                .body("detail", allOf(containsString("INGEDIEND"), containsString("LOPEND")));
        stap(medewerker, id, "IN_BEHANDELING", null).then().statusCode(201);
        stap(medewerker, id, "LOPEND", null).then().statusCode(201);
        stap(medewerker, id, "AFGEWEZEN", "Te laat").then().statusCode(409)
                .body("detail", allOf(containsString("LOPEND"), containsString("AFGEWEZEN")));
        api().get("/initiatieven/" + id).then().body("status", equalTo("LOPEND"));
        api().get("/initiatieven/" + id + "/statuswijzigingen").then().body("totalItems", equalTo(3));
    }

    @Test
    void theInitiatorWithdrawsFromAnyNonFinalStateButNotFromAFinalOne() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        String id = InitiatiefData.nieuwInitiatief(gemeente, "Buurtbus");
        stap(medewerker, id, "IN_BEHANDELING", null).then().statusCode(201);
        stap(medewerker, id, "LOPEND", null).then().statusCode(201);
        stap(medewerker, id, "INGETROKKEN", "Geen vrijwilligers meer").then().statusCode(201)
                .body("van", equalTo("LOPEND")).body("naar", equalTo("INGETROKKEN"));
        stap(medewerker, id, "INGETROKKEN", null).then().statusCode(409)
                .body("detail", containsString("INGETROKKEN"));
    }

    @Test
    void afwijzenNeedsAReason() {
        String gemeente = TestData.nieuweGemeente();
        String id = InitiatiefData.nieuwInitiatief(gemeente, "Windmolen");
        stap(Aanroeper.medewerker(gemeente), id, "AFGEWEZEN", "  ").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("reden"))
                .body("invalidParams[0].reason", containsString("afgewezen"));
        api().get("/initiatieven/" + id).then().body("status", equalTo("INGEDIEND"));
        stap(Aanroeper.medewerker(gemeente), id, "AFGEWEZEN", "Past niet binnen het bestemmingsplan").then().statusCode(201)
                .body("reden", equalTo("Past niet binnen het bestemmingsplan"));
    }

    @Test
    void invalidInputListsEveryField() {
        String id = InitiatiefData.nieuwInitiatief(TestData.nieuweGemeente(), "Kunstroute");
        Map<String, Object> body = new HashMap<>();
        body.put("status", "GEPARKEERD");
        body.put("reden", "x".repeat(4001));
        api().body(body).post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("status", "reden"));
        api().body(Map.of("reden", "iets")).post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(400)
                .body("invalidParams.name", contains("status"));
        api().get("/initiatieven/" + id + "/statuswijzigingen").then().body("totalItems", equalTo(1));
    }

    /** Who takes a step is the caller: a body that names an actor is refused (unknown field), nothing changes. */
    @Test
    void anActorInTheBodyIsRefused() {
        String id = InitiatiefData.nieuwInitiatief(TestData.nieuweGemeente(), "Bloemenlint");
        api().body(Map.of("status", "IN_BEHANDELING", "actor", "iemand.anders"))
                .post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("actor"))
                .body("invalidParams.code", contains("unexpected"));
        api().get("/initiatieven/" + id).then().body("status", equalTo("INGEDIEND")).header("ETag", equalTo("\"0\""));
        api().get("/initiatieven/" + id + "/statuswijzigingen").then().body("totalItems", equalTo(1));
    }

    @Test
    void anIfMatchThatIsSentIsHonoured() {
        String id = InitiatiefData.nieuwInitiatief(TestData.nieuweGemeente(), "Repair café");
        api().header("If-Match", "\"1\"").body(Map.of("status", "IN_BEHANDELING"))
                .post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(412)
                .contentType("application/problem+json");
        api().get("/initiatieven/" + id).then().body("status", equalTo("INGEDIEND"));
        api().header("If-Match", "\"0\"").body(Map.of("status", "IN_BEHANDELING"))
                .post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(201);
        // The step changed the initiatief, so the ETag the client had is stale now.
        api().header("If-Match", "\"0\"").body(Map.of("status", "LOPEND"))
                .post("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(412);
        api().get("/initiatieven/" + id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void unknownInitiatiefOrEntryIsNotFound() {
        String onbekend = UUID.randomUUID().toString();
        stap(Aanroeper.standaard(), onbekend, "IN_BEHANDELING", null).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(onbekend));
        api().get("/initiatieven/" + onbekend + "/statuswijzigingen").then().statusCode(404);
        String id = InitiatiefData.nieuwInitiatief(TestData.nieuweGemeente(), "Zonnepanelen");
        String ander = InitiatiefData.nieuwInitiatief(TestData.nieuweGemeente(), "Zonnepanelen elders");
        String vanAnder = api().get("/initiatieven/" + ander + "/statuswijzigingen").then().extract().path("items[0].id");
        api().get("/initiatieven/" + id + "/statuswijzigingen/" + vanAnder).then().statusCode(404)
                .body("status", equalTo(404));
        api().get("/initiatieven/" + id + "/statuswijzigingen/" + UUID.randomUUID()).then().statusCode(404);
        api().get("/initiatieven/" + id + "/statuswijzigingen").then().body("items", hasSize(1))
                .body("items[0].id", not(equalTo(vanAnder)));
    }

    private static io.restassured.response.Response stap(Aanroeper wie, String id, String status, String reden) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reden", reden);
        return api(wie).body(body).post("/initiatieven/" + id + "/statuswijzigingen");
    }

    /** The actor a step records for this caller: the token's name and subject (LocalIdentityProvider: "Test " + subject). */
    static String actor(Aanroeper wie) {
        return "Test " + wie.subject() + " (" + wie.subject() + ")";
    }
}
