package nl.participatiesuite.evaluation.evaluatie;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
import nl.participatiesuite.apirules.test.Cachetellingen;
import nl.participatiesuite.apirules.test.Cursorwandeling;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluatieResourceTest extends ApiTest {

    @Test
    void recordsEveryFieldOfTheReportWithGemeenteAndKernenFromTheRegistry() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern1 = UUID.randomUUID();
        UUID kern2 = UUID.randomUUID();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Speelplek Zoelmond", kern1, kern2);
        UUID beoordeling = PeerStubs.beoordeling(initiatief, "ADVISEREN");
        Map<String, Object> body = volledigVerslag(initiatief);

        String id = api().body(body).post("/evaluaties").then().statusCode(201)
                .header("Location", containsString("/api/v1/evaluaties/"))
                .header("ETag", equalTo("\"0\""))
                .body("initiatiefId", equalTo(initiatief.toString()))
                .body("gemeente", equalTo(gemeente))
                .body("initiatiefTitel", equalTo("Speelplek Zoelmond"))
                .body("kernIds", contains(kern1.toString(), kern2.toString()))
                .body("doelen.resultaat", contains("BEHAALD", "DEELS"))
                .body("doelen[1].toelichting", equalTo("De snelheid is nog niet omlaag."))
                .body("succesfactoren[0].tekst", equalTo("Kernambtenaar als vast aanspreekpunt"))
                .body("succesfactoren[0].inRegels", equalTo(false))
                .body("leerpunten[0].inRegels", equalTo(true))
                .body("knelpunten.tekst", contains("Verwachtingen te laat besproken"))
                .body("terugkoppeling.gegeven", equalTo(true))
                .body("terugkoppeling.hoe", equalTo("Bewonersavond en brief"))
                .body("terugkoppeling.wanneer", equalTo("2024-03-01"))
                .body("deelnemersoordelen.groep", contains("INWONERS", "AMBTENAREN"))
                .body("deelnemersoordelen[0].score", equalTo(7))
                .body("deelnemersoordelen[0].opmerking", equalTo("Fijn dat we mochten meedenken"))
                .body("werkvormen[0].werkvorm", equalTo("Enquête"))
                .body("werkvormen[0].schaal", equalTo("DORP_WIJK"))
                .body("werkvormen[0].waardering", equalTo(4))
                .body("valkuilen", contains("CONSENSUS_ILLUSIE", "LIPPENDIENST"))
                .body("themas", contains("verkeer", "spelen"))
                .body("gedeeld", equalTo(true))
                .body("opsteller.naam", equalTo("A. Bakker"))
                .body("gerealiseerdNiveau", equalTo("RAADPLEGEN"))
                .body("participatiebelofte.geplandNiveau", equalTo("ADVISEREN"))
                .body("participatiebelofte.bron", equalTo("BEOORDELING"))
                .body("participatiebelofte.beoordelingId", equalTo(beoordeling.toString()))
                .body("participatiebelofte.belofteNagekomen", equalTo(false))
                .body("participatiebelofte.tredenVerschil", equalTo(-1))
                .body("participatiebelofte.toelichting", containsString("niet nagekomen"))
                .body("signaleringen.code", contains("BELOFTE_NIET_NAGEKOMEN"))
                .extract().path("id");

        api().get("/evaluaties/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id)).body("gemeente", equalTo(gemeente))
                .body("participatiebelofte.geplandNiveau", equalTo("ADVISEREN"))
                .body("werkvormen", hasSize(2));
    }

    @Test
    void aRealisedLevelAboveThePlanKeepsThePromise() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Dorpsvisie");
        PeerStubs.beoordeling(initiatief, "ADVISEREN");
        Map<String, Object> body = TestData.verslag(initiatief);
        body.put("gerealiseerdNiveau", "COPRODUCEREN");
        body.put("terugkoppeling", Map.of("gegeven", true, "hoe", "Dorpsavond", "wanneer", "2024-01-10"));
        api().body(body).post("/evaluaties").then().statusCode(201)
                .body("participatiebelofte.belofteNagekomen", equalTo(true))
                .body("participatiebelofte.tredenVerschil", equalTo(1))
                .body("signaleringen", empty());
    }

    @Test
    void withoutABeoordelingTheReportIsSavedAndMarked() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Zonder beoordeling");
        api().body(TestData.verslag(initiatief)).post("/evaluaties").then().statusCode(201)
                .body("participatiebelofte.bron", equalTo("GEEN_BEOORDELING"))
                .body("participatiebelofte.geplandNiveau", nullValue())
                .body("participatiebelofte.belofteNagekomen", nullValue())
                .body("participatiebelofte.toelichting", containsString("Geen beoordeling"))
                .body("signaleringen.code", hasItem("GEEN_BEOORDELING"));
    }

    @Test
    void aReportWithoutTerugkoppelingIsFlagged() {
        UUID zonder = PeerStubs.initiatief(TestData.nieuweGemeente(), "Zonder terugkoppeling");
        api().body(TestData.verslag(zonder)).post("/evaluaties").then().statusCode(201)
                .body("terugkoppeling", nullValue())
                .body("signaleringen.code", hasItem("TERUGKOPPELING_ONTBREEKT"))
                .body("signaleringen.melding", hasItem(containsString("inwoners willen weten wat er met hun input gedaan is")));
        UUID nietGegeven = PeerStubs.initiatief(TestData.nieuweGemeente(), "Niet teruggekoppeld");
        Map<String, Object> body = TestData.verslag(nietGegeven);
        body.put("terugkoppeling", Map.of("gegeven", false));
        api().body(body).post("/evaluaties").then().statusCode(201)
                .body("terugkoppeling.gegeven", equalTo(false))
                .body("signaleringen.code", hasItem("TERUGKOPPELING_ONTBREEKT"));
    }

    @Test
    void invalidInputListsEveryFieldAndStoresNothing() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Ongeldig");
        int registryCalls = PeerStubs.REGISTRY.aanroepen();
        Map<String, Object> body = new HashMap<>();
        body.put("initiatiefId", initiatief.toString());
        body.put("doelen", List.of(Map.of("omschrijving", " ", "resultaat", "GROTENDEELS")));
        body.put("succesfactoren", List.of(Map.of("tekst", "")));
        body.put("terugkoppeling", Map.of("gegeven", true));
        body.put("deelnemersoordelen", List.of(Map.of("groep", "INWONERS", "score", 11),
                Map.of("groep", "INWONERS", "score", 6), Map.of("groep", "BUREN", "score", 0)));
        body.put("gerealiseerdNiveau", "HEEL_HOOG");
        body.put("werkvormen", List.of(Map.of("werkvorm", "Enquête", "schaal", "WIJK", "waardering", 6)));
        body.put("valkuilen", List.of("LIPPENDIENST", "LIPPENDIENST", "TE_LAAT"));
        body.put("themas", List.of("Verkeer", "verkeer "));
        body.put("opsteller", Map.of("email", "geen-adres"));

        api().body(body).post("/evaluaties").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("invalidParams.name", containsInAnyOrder(
                        "doelen[0].omschrijving", "doelen[0].resultaat", "succesfactoren[0].tekst",
                        "terugkoppeling.hoe", "terugkoppeling.wanneer",
                        "deelnemersoordelen[0].score", "deelnemersoordelen[1].groep", "deelnemersoordelen[2].groep",
                        "deelnemersoordelen[2].score", "gerealiseerdNiveau", "werkvormen[0].schaal",
                        "werkvormen[0].waardering", "valkuilen[1]", "valkuilen[2]", "themas[1]", "opsteller.email", "gedeeld"))
                .body("invalidParams.findAll { it.name == 'gerealiseerdNiveau' }.code", contains("enum"))
                .body("invalidParams.findAll { it.name == 'gerealiseerdNiveau' }.reason",
                        contains(containsString("MEEBESLISSEN")))
                .body("invalidParams.findAll { it.name == 'valkuilen[1]' }.code", contains("duplicate"))
                .body("invalidParams.findAll { it.name == 'deelnemersoordelen[1].groep' }.code", contains("duplicate"))
                .body("invalidParams.findAll { it.name == 'terugkoppeling.hoe' }.code", contains("required"))
                .body(not(containsString("Exception")));
        assertEquals(registryCalls, PeerStubs.REGISTRY.aanroepen(), "invalid input never reaches the registry");
        api().queryParam("initiatief", initiatief.toString()).get("/evaluaties").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void terugkoppelingThatWasNotGivenHasNoHowOrWhen() {
        Map<String, Object> body = TestData.verslag(PeerStubs.initiatief(TestData.nieuweGemeente(), "X"));
        body.put("terugkoppeling", Map.of("gegeven", false, "hoe", "Brief", "wanneer", "2024-01-01"));
        api().body(body).post("/evaluaties").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("terugkoppeling.hoe", "terugkoppeling.wanneer"))
                .body("invalidParams.code", everyItemIs("inconsistent"));
    }

    @Test
    void missingOrEmptyRequiredFieldsAreNamed() {
        api().body(Map.of("doelen", List.of())).post("/evaluaties").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("initiatiefId", "doelen", "gerealiseerdNiveau", "gedeeld"))
                .body("invalidParams.code", everyItemIs("required"));
        api().post("/evaluaties").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anInitiatiefTheRegistryDoesNotKnowIsInvalidInput() {
        UUID onbekend = UUID.randomUUID();
        api().body(TestData.verslag(onbekend)).post("/evaluaties").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams", hasSize(1))
                .body("invalidParams[0].name", equalTo("initiatiefId"))
                .body("invalidParams[0].code", equalTo("unknown"))
                .body("invalidParams[0].reason", containsString(onbekend.toString()));
        api().queryParam("initiatief", onbekend.toString()).get("/evaluaties").then().body("totalItems", equalTo(0));
    }

    @Test
    void anInitiatiefHasOneReport() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Eén verslag");
        TestData.nieuwVerslag(TestData.verslag(initiatief));
        api().body(TestData.verslag(initiatief)).post("/evaluaties").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(initiatief.toString()));
    }

    @Test
    void unknownReportIsNotFound() {
        api().get("/evaluaties/00000000-0000-0000-0000-000000000001").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        api().get("/evaluaties/geen-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].code", equalTo("format"));
    }

    @Test
    void updateNeedsTheCurrentVersionAndRefreshesThePlannedLevel() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Wijzigen");
        String id = TestData.nieuwVerslag(TestData.verslag(initiatief));
        Map<String, Object> body = TestData.verslag(initiatief);
        body.put("gerealiseerdNiveau", "ADVISEREN");
        body.put("leerpunten", List.of(Map.of("tekst", "Eerder terugkoppelen", "inRegels", false)));

        api().body(body).put("/evaluaties/" + id).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"5\"").body(body).put("/evaluaties/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        PeerStubs.beoordeling(initiatief, "RAADPLEGEN");
        api().header("If-Match", "\"0\"").body(body).put("/evaluaties/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("gerealiseerdNiveau", equalTo("ADVISEREN"))
                .body("leerpunten.tekst", contains("Eerder terugkoppelen"))
                .body("participatiebelofte.bron", equalTo("BEOORDELING"))
                .body("participatiebelofte.geplandNiveau", equalTo("RAADPLEGEN"))
                .body("participatiebelofte.belofteNagekomen", equalTo(true));
        // The first writer won; a second writer with the old ETag is refused, nothing is overwritten.
        body.put("gerealiseerdNiveau", "INFORMEREN");
        api().header("If-Match", "\"0\"").body(body).put("/evaluaties/" + id).then().statusCode(412);
        api().get("/evaluaties/" + id).then().body("gerealiseerdNiveau", equalTo("ADVISEREN"));

        api().header("If-Match", "\"1\"").body(TestData.verslag(UUID.randomUUID())).put("/evaluaties/" + id).then()
                .statusCode(400).body("invalidParams[0].name", equalTo("initiatiefId"))
                .body("invalidParams[0].code", equalTo("immutable"));
        api().header("If-Match", "\"1\"").body(Map.of("gedeeld", true)).put("/evaluaties/" + id).then()
                .statusCode(400).body("invalidParams.name", hasItems("initiatiefId", "doelen", "gerealiseerdNiveau"));
        api().header("If-Match", "\"1\"").body(body).put("/evaluaties/00000000-0000-0000-0000-000000000002").then()
                .statusCode(404);
    }

    /**
     * GET by id answers the kept JSON of the report's version (api-rules' Weergaven): a second read is that answer, and
     * a change of only one of its lists is a new version, so the next read shows it.
     */
    @Test
    void aReadShowsTheLastChangeEvenOfOnlyAListAndAReadOfTheSameVersionIsTheKeptAnswer() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Lijsten");
        Map<String, Object> body = TestData.verslag(initiatief);
        String id = TestData.nieuwVerslag(body);
        Map<String, Double> voor = Cachetellingen.van("weergaven");
        String eerste = api().get("/evaluaties/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .contentType("application/json").extract().asString();
        String tweede = api().get("/evaluaties/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .extract().asString();
        Map<String, Double> na = Cachetellingen.van("weergaven");
        assertEquals(eerste, tweede);
        assertEquals(1, na.get("miss") - voor.get("miss"), "the first read loads the report");
        assertEquals(1, na.get("hit") - voor.get("hit"), "the second read is the kept answer");

        body.put("valkuilen", List.of("CONSENSUS_ILLUSIE"));
        api().header("If-Match", "\"0\"").body(body).put("/evaluaties/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        api().get("/evaluaties/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("valkuilen", contains("CONSENSUS_ILLUSIE"));
        api().header("If-None-Match", "\"1\"").get("/evaluaties/" + id).then().statusCode(304);
    }

    @Test
    void listFiltersOnWhatPeopleLookForNewestFirst() {
        String gemeente = TestData.nieuweGemeente();
        UUID kern = UUID.randomUUID();
        UUID eerste = PeerStubs.initiatief(gemeente, "Eerste", kern);
        UUID tweede = PeerStubs.initiatief(gemeente, "Tweede");
        UUID derde = PeerStubs.initiatief(gemeente, "Derde", kern);
        Map<String, Object> a = TestData.verslag(eerste);
        a.put("themas", List.of("Verkeer"));
        a.put("terugkoppeling", Map.of("gegeven", true, "hoe", "Brief", "wanneer", "2024-02-02"));
        String idA = TestData.nieuwVerslag(a);
        Map<String, Object> b = TestData.verslag(tweede);
        b.put("gedeeld", true);
        String idB = TestData.nieuwVerslag(b);
        String idC = TestData.nieuwVerslag(TestData.verslag(derde));

        api().queryParam("gemeente", gemeente).get("/evaluaties").then().statusCode(200)
                .header("X-Total-Count", equalTo("3"))
                .body("items.id", contains(idC, idB, idA));
        api().queryParam("gemeente", gemeente).queryParam("kern", kern.toString()).get("/evaluaties").then()
                .body("items.id", contains(idC, idA));
        api().queryParam("gemeente", gemeente).queryParam("thema", "VERKEER").get("/evaluaties").then()
                .body("items.id", contains(idA));
        api().queryParam("gemeente", gemeente).queryParam("gedeeld", true).get("/evaluaties").then()
                .body("items.id", contains(idB));
        api().queryParam("gemeente", gemeente).queryParam("terugkoppelingOntbreekt", true).get("/evaluaties").then()
                .body("items.id", contains(idC, idB));
        api().queryParam("gemeente", gemeente).queryParam("terugkoppelingOntbreekt", false).get("/evaluaties").then()
                .body("items.id", contains(idA));
        api().queryParam("initiatief", tweede.toString()).get("/evaluaties").then().body("items.id", contains(idB));
        api().queryParam("gemeente", gemeente).queryParam("pageSize", 2).queryParam("page", 2).get("/evaluaties").then()
                .statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")))
                .body("items.id", contains(idA)).body("totalPages", equalTo(2));
        api().queryParam("gemeente", "Buren").queryParam("pageSize", 0).get("/evaluaties").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "pageSize"));
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void walkingTheListByCursorSeesEveryReportOnceNewestFirstAlsoWhenMomentsTie() throws Exception {
        String gemeente = TestData.nieuweGemeente();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> verslag = TestData.verslag(PeerStubs.initiatief(gemeente, "Initiatief " + i));
            verslag.put("gedeeld", i % 2 == 0);
            TestData.nieuwVerslag(verslag);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Four of them share one moment: "after the cursor" must then go on to the id.
            statement.execute("UPDATE evaluatie SET aangemaakt_op = '2026-06-01T12:00:00Z' WHERE id IN (SELECT id FROM"
                    + " evaluatie WHERE gemeente_code = '" + gemeente + "' ORDER BY id LIMIT 4)");
        }
        List<String> perNummer = api().queryParam("gemeente", gemeente).queryParam("pageSize", 100).get("/evaluaties")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertEquals(7, perNummer.size());
        assertEquals(perNummer, Cursorwandeling.ids(() -> api(), "/evaluaties", Map.of("gemeente", gemeente, "pageSize", 2)));

        // Filters stay with the cursor.
        List<String> gedeeld = Cursorwandeling.ids(() -> api(), "/evaluaties", Map.of("gemeente", gemeente, "gedeeld", true, "pageSize", 1));
        assertEquals(4, gedeeld.size());
        assertEquals(api().queryParam("gemeente", gemeente).queryParam("gedeeld", true).get("/evaluaties").then()
                .extract().jsonPath().getList("items.id", String.class), gedeeld);
    }

    @Test
    void aGarbledCursorIsA400NamingOnlyTheCursor() {
        api().queryParam("cursor", "eyJwb3NpdGllIjowfQ").get("/evaluaties").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams", hasSize(1))
                .body("invalidParams[0].name", equalTo("cursor")).body("invalidParams[0].code", equalTo("format"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    static Map<String, Object> volledigVerslag(UUID initiatief) {
        Map<String, Object> body = new HashMap<>();
        body.put("initiatiefId", initiatief.toString());
        body.put("doelen", List.of(
                Map.of("omschrijving", "Een speelplek die kinderen zelf ontwerpen", "resultaat", "BEHAALD"),
                Map.of("omschrijving", "Een veiligere oversteek", "resultaat", "DEELS",
                        "toelichting", "De snelheid is nog niet omlaag.")));
        body.put("succesfactoren", List.of(Map.of("tekst", "Kernambtenaar als vast aanspreekpunt")));
        body.put("leerpunten", List.of(Map.of("tekst", "Onderhoud vooraf afspreken", "inRegels", true)));
        body.put("knelpunten", List.of(Map.of("tekst", "Verwachtingen te laat besproken", "inRegels", false)));
        body.put("terugkoppeling", Map.of("gegeven", true, "hoe", "Bewonersavond en brief", "wanneer", "2024-03-01"));
        body.put("deelnemersoordelen", List.of(
                Map.of("groep", "INWONERS", "score", 7, "opmerking", "Fijn dat we mochten meedenken"),
                Map.of("groep", "AMBTENAREN", "score", 8)));
        body.put("gerealiseerdNiveau", "RAADPLEGEN");
        body.put("werkvormen", List.of(Map.of("werkvorm", "Enquête", "schaal", "DORP_WIJK", "waardering", 4),
                Map.of("werkvorm", "Workshop", "schaal", "DORP_WIJK", "waardering", 5)));
        body.put("valkuilen", List.of("CONSENSUS_ILLUSIE", "LIPPENDIENST"));
        body.put("gedeeld", true);
        body.put("themas", List.of("Verkeer", "spelen"));
        body.put("opsteller", Map.of("naam", "A. Bakker", "email", "a.bakker@example.org"));
        return body;
    }
}
