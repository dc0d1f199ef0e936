package nl.participatiesuite.registry.initiatief;

import static nl.participatiesuite.registry.support.InitiatiefData.initiatief;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;


import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Cursorwandeling;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InitiatiefResourceTest extends ApiTest {

    @Test
    void aNewInitiatiefStartsAsIngediendWithTheSubmissionInItsHistory() {
        String gemeente = TestData.nieuweGemeente();
        String zoelen = TestData.nieuweKern(gemeente, "Zoelen");
        String asch = TestData.nieuweKern(gemeente, "Asch");
        String kernambtenaar = InitiatiefData.nieuweKernambtenaar(gemeente, "Anna Bakker");
        Map<String, Object> body = initiatief(gemeente, "Speeltuin De Wielewaal", List.of(zoelen, asch));
        body.put("vasteContactpersoon", Map.of("kernambtenaarId", kernambtenaar));
        body.put("overheidsrol", "FACILITEREN");
        body.put("schaal", "STRAAT_BUURT");

        String id = api(Aanroeper.medewerker(gemeente)).body(body).post("/initiatieven").then().statusCode(201)
                .header("Location", containsString("/api/v1/initiatieven/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("INGEDIEND"))
                .body("gemeente", equalTo(gemeente))
                .body("titel", equalTo("Speeltuin De Wielewaal"))
                .body("schaal", equalTo("STRAAT_BUURT"))
                .body("kernIds", contains(asch, zoelen))
                .body("initiatiefnemer.type", equalTo("INWONER"))
                .body("initiatiefnemer.naam", equalTo("Stichting Speeltuin"))
                .body("vasteContactpersoon.kernambtenaarId", equalTo(kernambtenaar))
                .body("vasteContactpersoon.naam", equalTo("Anna Bakker"))
                .body("overheidsrol", equalTo("FACILITEREN"))
                // Set by the assessment-service's notifications only (BeoordelingKoppelingTest).
                .body("$", not(hasKey("beoordelingId")))
                .extract().path("id");

        api().get("/initiatieven/" + id + "/statuswijzigingen").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].van", nullValue())
                .body("items[0].naar", equalTo("INGEDIEND"))
                // Who submitted it comes from the token (name and subject), never from the body.
                .body("items[0].actor", equalTo("Test medewerker-" + gemeente + " (medewerker-" + gemeente + ")"))
                .body("items[0].tijdstip", endsWith("Z"));
    }

    @Test
    void otherServicesReadIdGemeenteAndKernIds() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Beusichem");
        Map<String, Object> body = initiatief(gemeente, "Dorpsvisie Beusichem", List.of(kern));
        String id = api().body(body).post("/initiatieven").then().statusCode(201).extract().path("id");

        api().get("/initiatieven/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("gemeente", equalTo(gemeente))
                .body("kernIds", contains(kern));
        api().get("/initiatieven/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aMedewerkerWhoIsNoKernambtenaarIsGivenByNaamAndEmail() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = initiatief(gemeente, "Jeu de boules-baan", List.of());
        body.put("vasteContactpersoon", Map.of("naam", "P. de Wit", "email", "p.dewit@example.org"));
        api().body(body).post("/initiatieven").then().statusCode(201)
                .body("vasteContactpersoon.kernambtenaarId", nullValue())
                .body("vasteContactpersoon.naam", equalTo("P. de Wit"))
                .body("vasteContactpersoon.email", equalTo("p.dewit@example.org"))
                .body("kernIds", empty());
    }

    @Test
    void invalidInputListsEveryFieldInOneProblemAndStoresNothing() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", gemeente);
        body.put("titel", " ");
        body.put("doel", "x".repeat(4001));
        body.put("schaal", "HEEL_GROOT");
        body.put("initiatiefnemer", Map.of("type", "BUURMAN", "naam", ""));
        body.put("vasteContactpersoon", Map.of("naam", "Zonder e-mail"));
        body.put("overheidsrol", "REGISSEREN");

        api().body(body).post("/initiatieven").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/ongeldige-invoer"))
                .body("invalidParams.name", containsInAnyOrder("titel", "doel", "activiteit", "schaal",
                        "initiatiefnemer.type", "initiatiefnemer.naam", "vasteContactpersoon.email", "overheidsrol"))
                .body("invalidParams.find { it.name == 'schaal' }.code", equalTo("enum"))
                .body("invalidParams.find { it.name == 'schaal' }.reason",
                        containsString("STRAAT_BUURT, DORP_WIJK, GEBIED_REGIO, GEMEENTE"))
                .body("invalidParams.find { it.name == 'initiatiefnemer.type' }.reason",
                        containsString("INWONER, ONDERNEMER, ORGANISATIE, GEMEENTE"));
        api().queryParam("gemeente", gemeente).get("/initiatieven").then().body("totalItems", equalTo(0));
    }

    @Test
    void everyBadReferenceIsReportedAtOnce() {
        String gemeente = TestData.nieuweGemeente();
        String anderen = TestData.andereGemeente();
        String eigenKern = TestData.nieuweKern(gemeente, "Erichem");
        String vreemdeKern = TestData.nieuweKern(anderen, "Elders");
        Map<String, Object> body = initiatief(gemeente, "Ommetje", List.of(UUID.randomUUID().toString(), vreemdeKern, eigenKern));
        body.put("vasteContactpersoon", Map.of("kernambtenaarId", UUID.randomUUID().toString()));
        body.put("leefbaarheidsaanvraagId", UUID.randomUUID().toString());

        api().body(body).post("/initiatieven").then().statusCode(400)
                .body("invalidParams", hasSize(4))
                .body("invalidParams.name", containsInAnyOrder("kernIds[0]", "kernIds[1]",
                        "vasteContactpersoon.kernambtenaarId", "leefbaarheidsaanvraagId"))
                .body("invalidParams.find { it.name == 'kernIds[1]' }.code", equalTo("otherGemeente"))
                .body("invalidParams.find { it.name == 'kernIds[0]' }.code", equalTo("unknown"));

        // Submitting in another gemeente is refused, also when that gemeente is not registered; a medewerker of a
        // gemeente that is not registered is told so.
        body = initiatief("GM9996", "Ommetje", List.of());
        api().body(body).post("/initiatieven").then().statusCode(403).contentType("application/problem+json");
        api(Aanroeper.medewerker("GM9996")).body(body).post("/initiatieven").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("gemeente")).body("invalidParams[0].code", equalTo("unknown"));
        api().queryParam("gemeente", gemeente).get("/initiatieven").then().body("totalItems", equalTo(0));
    }

    @Test
    void aKernambtenaarIsNamedByIdOnlyAndMustWorkForTheGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String vanElders = InitiatiefData.nieuweKernambtenaar(TestData.andereGemeente(), "Elders Ambtenaar");
        Map<String, Object> body = initiatief(gemeente, "Bankjes", List.of());
        body.put("vasteContactpersoon", Map.of("kernambtenaarId", vanElders, "naam", "Ook een naam"));
        api().body(body).post("/initiatieven").then().statusCode(400)
                .body("invalidParams.name", contains("vasteContactpersoon.naam"));
        body.put("vasteContactpersoon", Map.of("kernambtenaarId", vanElders));
        api().body(body).post("/initiatieven").then().statusCode(400)
                .body("invalidParams.name", contains("vasteContactpersoon.kernambtenaarId"))
                .body("invalidParams[0].code", equalTo("otherGemeente"));
    }

    @Test
    void aLeefbaarheidsaanvraagOfTheGemeenteCanBeLinked() {
        String gemeente = TestData.nieuweGemeente();
        String aanvraag = InitiatiefData.nieuweAanvraag(InitiatiefData.nieuwBudget(gemeente, 2025, "1000.00"), "200.00");
        String anderen = TestData.nieuweGemeente();
        String vreemd = InitiatiefData.nieuweAanvraag(InitiatiefData.nieuwBudget(anderen, 2025, "1000.00"), "200.00");
        Aanroeper.werkIn(gemeente);
        Map<String, Object> body = initiatief(gemeente, "Dorpsfeest", List.of());
        body.put("leefbaarheidsaanvraagId", aanvraag);
        api().body(body).post("/initiatieven").then().statusCode(201).body("leefbaarheidsaanvraagId", equalTo(aanvraag));
        body.put("leefbaarheidsaanvraagId", vreemd);
        api().body(body).post("/initiatieven").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("leefbaarheidsaanvraagId"))
                .body("invalidParams[0].code", equalTo("otherGemeente"));
    }

    @Test
    void updateChangesTheFieldsButNeverTheStatus() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Ingen");
        String id = InitiatiefData.nieuwInitiatief(gemeente, "Moestuin");
        Map<String, Object> wijziging = initiatief(gemeente, "Moestuin Ingen", List.of(kern));
        wijziging.remove("gemeente");
        wijziging.put("overheidsrol", "LOSLATEN");
        Map<String, Object> metStatus = new java.util.HashMap<>(wijziging);
        metStatus.put("status", "AFGEROND");

        // The status changes only through a statuswijziging: in a PUT it is an unknown field.
        api().header("If-Match", "\"0\"").body(metStatus).put("/initiatieven/" + id).then().statusCode(400)
                .body("invalidParams.name", contains("status")).body("invalidParams.code", contains("unexpected"));
        api().body(wijziging).put("/initiatieven/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("status", equalTo(428));
        api().header("If-Match", "\"5\"").body(wijziging).put("/initiatieven/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        api().header("If-Match", "\"0\"").body(wijziging).put("/initiatieven/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("titel", equalTo("Moestuin Ingen"))
                .body("kernIds", contains(kern))
                .body("overheidsrol", equalTo("LOSLATEN"))
                .body("status", equalTo("INGEDIEND"));
        api().get("/initiatieven/" + id + "/statuswijzigingen").then().body("totalItems", equalTo(1));

        wijziging.put("schaal", "LANDELIJK");
        wijziging.put("titel", "");
        api().header("If-Match", "\"1\"").body(wijziging).put("/initiatieven/" + id).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("schaal", "titel"));
        wijziging.put("schaal", "DORP_WIJK");
        wijziging.put("titel", "X");
        api().header("If-Match", "\"1\"").body(wijziging)
                .put("/initiatieven/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        api().get("/initiatieven/" + id).then().body("titel", equalTo("Moestuin Ingen"));
    }

    @Test
    void listFiltersOnGemeenteKernStatusAndTitelNewestFirst() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Eck en Wiel");
        String oudste = InitiatiefData.nieuwInitiatief(gemeente, "Speeltuin");
        String middelste = api().body(initiatief(gemeente, "Jeugdhonk", List.of(kern))).post("/initiatieven")
                .then().statusCode(201).extract().path("id");
        String nieuwste = InitiatiefData.nieuwInitiatief(gemeente, "Speelbos");
        api().body(Map.of("status", "IN_BEHANDELING"))
                .post("/initiatieven/" + nieuwste + "/statuswijzigingen").then().statusCode(201);

        api().queryParam("gemeente", gemeente).get("/initiatieven").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.id", contains(nieuwste, middelste, oudste));
        api().queryParam("gemeente", gemeente).queryParam("q", "SPEEL").get("/initiatieven").then()
                .body("items.id", contains(nieuwste, oudste));
        api().queryParam("kern", kern).get("/initiatieven").then().body("items.id", contains(middelste));
        api().queryParam("gemeente", gemeente).queryParam("status", "IN_BEHANDELING").get("/initiatieven").then()
                .body("items.id", contains(nieuwste));
        api().queryParam("gemeente", gemeente).queryParam("pageSize", 2).queryParam("page", 2).get("/initiatieven")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")))
                .body("items.id", contains(oudste));
        api().get("/initiatieven").then().statusCode(200).body("items.id", hasItem(nieuwste));
    }

    @Test
    void badFiltersAreInvalidInputNamingTheParameter() {
        api().queryParam("status", "BEZIG").queryParam("kern", "zoelen").queryParam("gemeente", "Buren")
                .get("/initiatieven").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("status", "kern", "gemeente"));
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void walkingTheListByCursorSeesEveryInitiatiefOnceNewestFirstAlsoWhenMomentsTie() throws Exception {
        String gemeente = TestData.nieuweGemeente();
        for (int i = 0; i < 7; i++) {
            InitiatiefData.nieuwInitiatief(gemeente, "Speeltuin " + i);
            InitiatiefData.nieuwInitiatief(gemeente, "Jeugdhonk " + i);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Seven of them share one moment: "after the cursor" must then go on to the id.
            statement.execute("UPDATE initiatief SET aangemaakt_op = '2026-06-01T12:00:00Z' WHERE gemeente_code = '"
                    + gemeente + "' AND titel LIKE 'Speeltuin%'");
        }
        List<String> perNummer = api().queryParam("gemeente", gemeente).queryParam("pageSize", 100).get("/initiatieven")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertEquals(14, perNummer.size());
        assertEquals(perNummer, Cursorwandeling.ids(() -> api(), "/initiatieven", Map.of("gemeente", gemeente, "pageSize", 3)));

        // Filters stay with the cursor.
        Map<String, Object> speeltuinen = Map.of("gemeente", gemeente, "q", "speeltuin", "status", "INGEDIEND", "pageSize", 2);
        List<String> gezocht = Cursorwandeling.ids(() -> api(), "/initiatieven", speeltuinen);
        assertEquals(7, gezocht.size());
        assertEquals(api().queryParam("gemeente", gemeente).queryParam("q", "speeltuin").get("/initiatieven").then()
                .extract().jsonPath().getList("items.id", String.class), gezocht);
    }

    @Test
    void aGarbledCursorIsA400NamingOnlyTheCursor() {
        api().queryParam("cursor", "eyJwb3NpdGllIjowfQ").get("/initiatieven").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams", hasSize(1))
                .body("invalidParams[0].name", equalTo("cursor")).body("invalidParams[0].code", equalTo("format"));
    }
}
