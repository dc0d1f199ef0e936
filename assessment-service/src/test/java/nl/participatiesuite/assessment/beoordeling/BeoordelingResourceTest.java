package nl.participatiesuite.assessment.beoordeling;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
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
import nl.participatiesuite.apirules.test.Cachetellingen;
import nl.participatiesuite.apirules.test.Cursorwandeling;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.PeerStubs;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BeoordelingResourceTest extends ApiTest {

    /** The README tour: the seed's own example, with its kern's kernambtenaar from the registry. */
    @Test
    void sportveldjesVoorJongerenIsBeoordeeldEnOpgeslagen() {
        String gemeente = TestData.nieuweGemeente();
        UUID maurik = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        String id = api().body(TestData.sportveldjes(gemeente, maurik)).post("/beoordelingen").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/beoordelingen/"))
                .header("ETag", equalTo("\"0\""))
                .body("gemeente", equalTo(gemeente))
                .body("kernId", equalTo(maurik.toString()))
                .body("invoer.doel", containsString("gezondheid van jongeren"))
                .body("uitkomst.stap1.mogelijk", equalTo(true))
                .body("uitkomst.stap1.volgendeStap", equalTo(2))
                .body("uitkomst.stap2.hinder", equalTo(3))
                .body("uitkomst.stap2.score", equalTo(3))
                .body("uitkomst.stap2.intensiteit", equalTo("MIDDEL"))
                .body("uitkomst.stap2.samenwerkingsplanAdvies", equalTo(false))
                .body("uitkomst.stap2.bredereGroep", equalTo(true))
                .body("uitkomst.stap2.onderbouwing.code",
                        contains("HINDER", "SCORE", "INTENSITEIT_MIDDEL", "GEEN_SAMENWERKINGSPLAN_NODIG", "BREDERE_GROEP"))
                .body("uitkomst.stap3.belanghebbenden.niveau", contains("MEEDOEN", "MEEDOEN", "MEEWETEN"))
                .body("uitkomst.stap3.belanghebbenden.behoefte", contains(5, 5, 2))
                .body("uitkomst.stap3.niveau", equalTo("MEEDOEN"))
                .body("uitkomst.stap3.ladderniveau", equalTo("COPRODUCEREN"))
                .body("uitkomst.stap3.watGebeurtMetInbreng",
                        equalTo("de uitkomsten worden gebruikt voor een gezamenlijke uitwerking van het plan"))
                .body("uitkomst.stap4.werkvormen.naam", contains("Online atelier", "Workshop", "Versnellingskamer"))
                .body("uitkomst.stap4.communicatie[0].naam", equalTo("Webinar"))
                .body("uitkomst.rolGemeente.rol", equalTo("REGISSEUR"))
                .body("uitkomst.overheidsparticipatie.vanToepassing", equalTo(false))
                .body("uitkomst.startnotitie.vereist", equalTo(false))
                .body("uitkomst.aanspreekpunt.status", equalTo("KERNAMBTENAREN_BEKEND"))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].naam", equalTo("Anne de Vries"))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].email", equalTo("anne@buren.nl"))
                .body("uitkomst.aanspreekpunt.onderbouwing[0].tekst", equalTo("Breng vroeg de kernambtenaar van kern "
                        + "Maurik op de hoogte (naam en contactgegevens: zie de kernambtenaren bij dit aanspreekpunt)."))
                .body("uitkomst.valkuilen.valkuil", contains("VERWACHTINGEN"))
                .body("uitkomst.valkuilen[0].belanghebbenden", contains("Omwonenden van de veldjes"))
                .body("niveau", equalTo("MEEDOEN"))
                .body("ladderniveau", equalTo("COPRODUCEREN"))
                .body("intensiteit", equalTo("MIDDEL"))
                .body("regelset.gemeente", nullValue())
                .body("regelset.versie", equalTo(1))
                .body("regelset.naam", equalTo("standaard-1"))
                .body("uitkomst.regelsetVersie", equalTo("standaard-1"))
                .extract().path("id");
        api().get("/beoordelingen/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id)).body("ladderniveau", equalTo("COPRODUCEREN"))
                .body("uitkomst.stap4.werkvormen.naam", contains("Online atelier", "Workshop", "Versnellingskamer"));
    }

    @Test
    void alleOngeldigeVeldenKomenInEen400() {
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", "Buren");
        body.put("initiatiefId", "geen-uuid");
        body.put("kernId", UUID.randomUUID().toString());
        body.put("doel", "");
        body.put("initiatiefnemer", "BURGER");
        body.put("schaal", "DORP_WIJK");
        body.put("ruimte", true);
        body.put("belangen", true);
        body.put("omvang", 9);
        body.put("hinderTijdens", Map.of("GELUID", 2, "OVERLAST", 8));
        body.put("doelenSamenwerking", List.of("DRAAGVLAK", "VREDE"));
        body.put("belanghebbenden", List.of(Map.of("naam", "Omwonenden", "weging", 7, "pastBijBelang", true,
                "gevolgen", "SLECHT")));
        api().body(body).post("/beoordelingen").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Ongeldige invoer"))
                .body("invalidParams.name", containsInAnyOrder("gemeente", "initiatiefId", "kernId", "doel",
                        "activiteit", "initiatiefnemer", "tijd", "omvang", "hinderTijdens.GELUID",
                        "hinderTijdens.OVERLAST", "doelenSamenwerking[1]", "belanghebbenden[0].weging",
                        "belanghebbenden[0].gevolgen"))
                .body("invalidParams.find { it.name == 'initiatiefnemer' }.code", equalTo("enum"))
                .body("invalidParams.find { it.name == 'initiatiefnemer' }.reason", containsString("SAMENLEVING"))
                .body("invalidParams.find { it.name == 'kernId' }.code", equalTo("unknown"))
                .body("invalidParams.find { it.name == 'omvang' }.code", equalTo("max"))
                .body("invalidParams.find { it.name == 'belanghebbenden[0].weging' }.code", equalTo("max"));
    }

    @Test
    void nietsOpgeslagenBijEen400() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = TestData.sportveldjes(gemeente);
        body.put("maatschappelijkBelang", -1);
        body.put("initiatiefId", UUID.randomUUID().toString());
        api().body(body).post("/beoordelingen").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("maatschappelijkBelang", "initiatiefId"))
                .body("invalidParams.find { it.name == 'initiatiefId' }.code", equalTo("unknown"))
                .body("invalidParams.find { it.name == 'maatschappelijkBelang' }.code", equalTo("min"));
        api().queryParam("gemeente", gemeente).get("/beoordelingen").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void zonderBodyIsElkVerplichtVeldGemeld() {
        api().post("/beoordelingen").then().statusCode(400)
                .body("invalidParams.name", hasItems("gemeente", "doel", "activiteit", "initiatiefnemer", "schaal",
                        "ruimte", "belangen", "tijd"));
    }

    @Test
    void eenInitiatiefZonderKernGebruiktZijnEersteKern() {
        String gemeente = TestData.nieuweGemeente();
        UUID maurik = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        UUID ingen = PeerStubs.kern(gemeente, "Ingen");
        UUID initiatief = PeerStubs.initiatief(gemeente, maurik, ingen);
        Map<String, Object> body = TestData.sportveldjes(gemeente);
        body.put("initiatiefId", initiatief.toString());
        api().body(body).post("/beoordelingen").then().statusCode(201)
                .body("initiatiefId", equalTo(initiatief.toString()))
                .body("kernId", equalTo(maurik.toString()))
                .body("uitkomst.aanspreekpunt.kern", equalTo("Maurik"));
    }

    @Test
    void eenInitiatiefOfKernVanElders() {
        String gemeente = TestData.nieuweGemeente();
        String andere = TestData.nieuweGemeente();
        UUID maurik = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        UUID elders = PeerStubs.kern(andere, "Elders");
        UUID initiatief = PeerStubs.initiatief(andere, elders);
        Map<String, Object> body = TestData.sportveldjes(gemeente, maurik);
        body.put("initiatiefId", initiatief.toString());
        // A medewerker of the gemeente writes there; a reference to another gemeente's object stays a 400.
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        api(medewerker).body(body).post("/beoordelingen").then().statusCode(400)
                .body("invalidParams.find { it.name == 'initiatiefId' }.code", equalTo("otherGemeente"))
                .body("invalidParams.find { it.name == 'kernId' }.code", equalTo("inconsistent"));
        api(medewerker).body(TestData.sportveldjes(gemeente, elders)).post("/beoordelingen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kernId"))
                .body("invalidParams[0].code", equalTo("otherGemeente"));
    }

    @Test
    void eenKernZonderKernambtenaarGeeftDeValkuil() {
        String gemeente = TestData.nieuweGemeente();
        UUID erichem = PeerStubs.kern(gemeente, "Erichem");
        api().body(TestData.sportveldjes(gemeente, erichem)).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.aanspreekpunt.kernambtenaren", hasSize(0))
                .body("uitkomst.aanspreekpunt.onderbouwing[0].code", equalTo("GEEN_KERNAMBTENAAR"))
                .body("uitkomst.valkuilen.valkuil", hasItem("GEEN_KERNAMBTENAAR"));
    }

    @Test
    void zonderKernIsErGeenAanspreekpuntEnGeenVraagAanHetRegister() {
        int aanroepen = PeerStubs.REGISTRY.aanroepen();
        Map<String, Object> sportveldjes = TestData.sportveldjes(TestData.nieuweGemeente());
        api().body(sportveldjes).post("/beoordelingen").then().statusCode(201)
                .body("kernId", nullValue())
                .body("uitkomst.aanspreekpunt.status", equalTo("GEEN_KERN"))
                .body("uitkomst.aanspreekpunt.beschikbaar", equalTo(true));
        assertEquals(aanroepen, PeerStubs.REGISTRY.aanroepen());
    }

    @Test
    void werkvormenOpVolgordeVanEerdereEvaluaties() {
        String gemeente = TestData.nieuweGemeente();
        PeerStubs.effectiviteit(gemeente, "DORP_WIJK", "Versnellingskamer", "4.50", 10);
        PeerStubs.effectiviteit(gemeente, "DORP_WIJK", "Workshop", "3.00", 4);
        api().body(TestData.sportveldjes(gemeente)).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.stap4.volgordeOpEffectiviteit", equalTo(true))
                .body("uitkomst.stap4.werkvormen.naam", contains("Versnellingskamer", "Workshop", "Online atelier"))
                .body("uitkomst.stap4.werkvormen[0].gemiddeldeWaardering", equalTo(4.5f))
                .body("uitkomst.stap4.werkvormen[0].aantalEvaluaties", equalTo(10))
                .body("uitkomst.stap4.onderbouwing.code", hasItem("VOLGORDE_OP_EFFECTIVITEIT"));
    }

    @Test
    void eenInitiatiefUitDeSamenlevingKrijgtDeRolVanDeGemeente() {
        Map<String, Object> buurtinitiatief = TestData.buurtinitiatief(TestData.nieuweGemeente());
        api().body(buurtinitiatief).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.rolGemeente.rol", equalTo("DEELNEMER"))
                .body("uitkomst.overheidsparticipatie.vanToepassing", equalTo(true))
                .body("uitkomst.overheidsparticipatie.rol", equalTo("FACILITEREN"))
                .body("intensiteit", equalTo("LICHT"))
                .body("niveau", equalTo("MEEDENKEN"))
                .body("ladderniveau", equalTo("RAADPLEGEN"));
    }

    @Test
    void berekenenSlaatNietsOp() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> beladen = TestData.sportveldjes(gemeente);
        beladen.put("maatschappelijkBelang", 5);
        api().body(beladen).post("/beoordelingen/_bereken").then().statusCode(200)
                .header("Location", nullValue())
                .body("gemeente", equalTo(gemeente))
                .body("niveau", equalTo("MEEDOEN"))
                .body("intensiteit", equalTo("ZWAAR"))
                .body("regelset.naam", equalTo("standaard-1"))
                .body("uitkomst.startnotitie.vereist", equalTo(true))
                .body("uitkomst.stap2.samenwerkingsplanAdvies", equalTo(true));
        beladen.put("schaal", "HEEL_NEDERLAND");
        api().body(beladen).post("/beoordelingen/_bereken").then().statusCode(400)
                .body("invalidParams.name", contains("schaal"));
        api().queryParam("gemeente", gemeente).get("/beoordelingen").then().body("totalItems", equalTo(0));
    }

    @Test
    void lijstNieuwsteEerstMetFilters() {
        String gemeente = TestData.nieuweGemeente();
        UUID maurik = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        UUID initiatief = PeerStubs.initiatief(gemeente, maurik);
        Map<String, Object> sport = TestData.sportveldjes(gemeente, maurik);
        sport.put("initiatiefId", initiatief.toString());
        String sportId = TestData.nieuweBeoordeling(sport);
        String buurtId = TestData.nieuweBeoordeling(TestData.buurtinitiatief(gemeente));

        api().queryParam("gemeente", gemeente).get("/beoordelingen").then().statusCode(200)
                .header("X-Total-Count", equalTo("2"))
                .body("items.id", contains(buurtId, sportId))
                .body("items[1].doel", containsString("gezondheid van jongeren"))
                .body("items[1].regelset.naam", equalTo("standaard-1"));
        api().queryParam("gemeente", gemeente).queryParam("niveau", "MEEDENKEN").get("/beoordelingen").then()
                .body("items.id", contains(buurtId));
        api().queryParam("gemeente", gemeente).queryParam("intensiteit", "MIDDEL").get("/beoordelingen").then()
                .body("items.id", contains(sportId));
        api().queryParam("kern", maurik.toString()).get("/beoordelingen").then()
                .body("items.id", contains(sportId));
        api().queryParam("gemeente", gemeente).queryParam("pageSize", 1).get("/beoordelingen").then()
                .header("Link", containsString("rel=\"next\"")).body("totalPages", equalTo(2));

        // What the evaluation-service asks: the newest beoordeling of an initiatief.
        Map<String, Object> nieuwer = TestData.sportveldjes(gemeente, maurik);
        nieuwer.put("initiatiefId", initiatief.toString());
        nieuwer.put("ruimte", false);
        String nieuwerId = TestData.nieuweBeoordeling(nieuwer);
        api().queryParam("initiatief", initiatief.toString()).queryParam("pageSize", 1).get("/beoordelingen").then()
                .statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].id", equalTo(nieuwerId))
                .body("items[0].initiatiefId", equalTo(initiatief.toString()))
                .body("items[0].ladderniveau", equalTo("INFORMEREN"));
    }

    @Test
    void ongeldigeFiltersAllemaalIn400() {
        api().queryParam("gemeente", "Buren").queryParam("initiatief", "abc").queryParam("kern", "xyz")
                .queryParam("niveau", "HOOG").queryParam("intensiteit", "EXTREEM").get("/beoordelingen").then()
                .statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "initiatief", "kern", "niveau", "intensiteit"));
        api().queryParam("pageSize", 101).get("/beoordelingen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("pageSize"));
    }

    @Test
    void onbekendeBeoordelingIs404() {
        String onbekend = "/beoordelingen/" + UUID.randomUUID();
        api().get(onbekend).then().statusCode(404).contentType("application/problem+json");
        api().get(onbekend + "/herberekening").then().statusCode(404);
        Map<String, Object> body = TestData.sportveldjes(TestData.nieuweGemeente());
        api().header("If-Match", "\"0\"").body(body).put(onbekend).then()
                .statusCode(404);
    }

    @Test
    void vervangenVraagtDeHuidigeVersieEnBerekentOpnieuw() {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente));
        Map<String, Object> body = TestData.sportveldjes(gemeente);
        body.put("ruimte", false);
        // GET by id answers the kept JSON of a version (api-rules' Weergaven): the second read is that answer.
        Map<String, Double> voor = Cachetellingen.van("weergaven");
        String eerste = api(Aanroeper.raadpleger(gemeente)).get("/beoordelingen/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).contentType("application/json").body("intensiteit", equalTo("MIDDEL"))
                .extract().asString();
        String tweede = api(Aanroeper.raadpleger(gemeente)).get("/beoordelingen/" + id).then().statusCode(200)
                .extract().asString();
        Map<String, Double> na = Cachetellingen.van("weergaven");
        assertEquals(eerste, tweede);
        assertEquals(1, na.get("miss") - voor.get("miss"), "the first read loads the beoordeling");
        assertEquals(1, na.get("hit") - voor.get("hit"), "the second read is the kept answer");

        api().body(body).put("/beoordelingen/" + id).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"5\"").body(body).put("/beoordelingen/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put("/beoordelingen/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("uitkomst.stap1.mogelijk", equalTo(false))
                .body("uitkomst.stap1.onderbouwing.code", hasItem("GEEN_RUIMTE"))
                .body("intensiteit", equalTo("GEEN"))
                .body("niveau", equalTo("MEEWETEN"))
                .body("uitkomst.valkuilen.valkuil", hasItem("PARTICIPATIE_OM_DE_PARTICIPATIE"));

        Map<String, Object> verhuisd = TestData.sportveldjes(TestData.nieuweGemeente());
        verhuisd.put("omvang", 8);
        // The gemeente's own medewerker cannot move it elsewhere (400); the other gemeente cannot touch it (403).
        api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"1\"").body(verhuisd).put("/beoordelingen/" + id)
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "omvang"))
                .body("invalidParams.find { it.name == 'gemeente' }.code", equalTo("immutable"));
        api().header("If-Match", "\"1\"").body(verhuisd).put("/beoordelingen/" + id).then().statusCode(403)
                .body("type", containsString("andere-gemeente"));
        api(Aanroeper.raadpleger(gemeente)).get("/beoordelingen/" + id).then().header("ETag", equalTo("\"1\""))
                .body("intensiteit", equalTo("GEEN"));
    }

    /** {@code If-Match: *} ("whatever is there") names no version: it is the lost update If-Match prevents. */
    @Test
    void ifMatchSterIsGeenVersieEnVerandertNiets() {
        String gemeente = TestData.nieuweGemeente();
        String pad = "/beoordelingen/" + TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente));

        api().header("If-Match", "*").body(TestData.buurtinitiatief(gemeente)).put(pad).then().statusCode(428)
                .contentType("application/problem+json")
                .body("status", equalTo(428))
                .body("detail", containsString("If-Match"));
        api().get(pad).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("invoer.initiatiefnemer", equalTo("GEMEENTE"))
                .body("intensiteit", equalTo("MIDDEL"));
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void walkingTheListByCursorSeesEveryBeoordelingOnceNewestFirstAlsoWhenMomentsTie() throws Exception {
        String gemeente = TestData.nieuweGemeente();
        for (int i = 0; i < 4; i++) {
            TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente));
            TestData.nieuweBeoordeling(TestData.buurtinitiatief(gemeente));
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Five of them share one moment: "after the cursor" must then go on to the id.
            statement.execute("UPDATE beoordeling SET aangemaakt_op = '2026-06-01T12:00:00Z' WHERE id IN (SELECT id FROM"
                    + " beoordeling WHERE gemeente_code = '" + gemeente + "' ORDER BY id LIMIT 5)");
        }
        List<String> perNummer = api().queryParam("gemeente", gemeente).queryParam("pageSize", 100).get("/beoordelingen")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertEquals(8, perNummer.size());
        assertEquals(perNummer, Cursorwandeling.ids(() -> api(), "/beoordelingen", Map.of("gemeente", gemeente, "pageSize", 3)));

        // Filters stay with the cursor.
        List<String> meedenken = Cursorwandeling.ids(() -> api(), "/beoordelingen",
                Map.of("gemeente", gemeente, "niveau", "MEEDENKEN", "pageSize", 1));
        assertEquals(4, meedenken.size());
        assertEquals(api().queryParam("gemeente", gemeente).queryParam("niveau", "MEEDENKEN").get("/beoordelingen").then()
                .extract().jsonPath().getList("items.id", String.class), meedenken);
    }

    @Test
    void aGarbledCursorIsA400NamingOnlyTheCursor() {
        api().queryParam("cursor", "eyJwb3NpdGllIjowfQ").get("/beoordelingen").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams", hasSize(1))
                .body("invalidParams[0].name", equalTo("cursor")).body("invalidParams[0].code", equalTo("format"));
    }
}
