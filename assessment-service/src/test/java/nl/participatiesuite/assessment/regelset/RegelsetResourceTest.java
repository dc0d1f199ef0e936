package nl.participatiesuite.assessment.regelset;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Cachetellingen;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegelsetResourceTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void deStandaardregelset() {
        api().get("/regelsets/standaard").then().statusCode(200)
                .body("id", nullValue()).body("gemeente", nullValue())
                .body("versie", equalTo(1)).body("naam", equalTo("standaard-1"))
                .body("regels.versie", equalTo("standaard-1"))
                .body("regels.intensiteit.lichtTotEnMet", equalTo(2))
                .body("regels.intensiteit.zwaarVanaf", equalTo(5))
                .body("regels.werkvormen.MEEDOEN.DORP_WIJK", contains("Online atelier", "Workshop", "Versnellingskamer"));
    }

    @Test
    void eenGemeentePubliceertVersiesDieNietMeerVeranderen() {
        String gemeente = TestData.nieuweGemeente();
        String eerste = api().body(publicatie(gemeente, strenger())).post("/regelsets").then().statusCode(201)
                .header("Location", containsString("/api/v1/regelsets/"))
                .body("gemeente", equalTo(gemeente)).body("versie", equalTo(1))
                .body("naam", equalTo(gemeente + "-1")).body("regels.versie", equalTo(gemeente + "-1"))
                .body("regels.intensiteit.lichtTotEnMet", equalTo(3))
                .body("toelichting", equalTo("Buren richt middelzware trajecten lichter in."))
                .extract().path("id");
        api().body(publicatie(gemeente, strenger())).post("/regelsets").then().statusCode(201)
                .body("versie", equalTo(2)).body("naam", equalTo(gemeente + "-2"));

        api().queryParam("gemeente", gemeente).get("/regelsets").then().statusCode(200)
                .body("items.versie", contains(2, 1)).header("X-Total-Count", equalTo("2"));
        api().get("/regelsets/" + eerste).then().statusCode(200).body("versie", equalTo(1))
                .body("gepubliceerdOp", notNullValue());
        api().get("/regelsets/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        api().queryParam("gemeente", "Buren").get("/regelsets").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("gemeente"));

        raw().contentType("application/json").body(publicatie(gemeente, strenger())).put("/regelsets/" + eerste).then()
                .statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
        raw().delete("/regelsets/" + eerste).then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void eenOngeldigeRegelsetGeeftAlleOvertredingen() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> regels = standaardregels();
        intensiteit(regels).put("zwaarVanaf", 1);
        werkvormen(regels, "MEEDOEN").put("DORP_WIJK", List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> gebruik = new LinkedHashMap<>((Map<String, Object>) regels.get("inbrengGebruik"));
        gebruik.put("MEEDOEN", " ");
        regels.put("inbrengGebruik", gebruik);
        Map<String, Object> body = publicatie("Buren", regels);
        api().body(body).post("/regelsets").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "regels.intensiteit.zwaarVanaf",
                        "regels.werkvormen.MEEDOEN.DORP_WIJK", "regels.inbrengGebruik.MEEDOEN"))
                .body("invalidParams.find { it.name == 'regels.intensiteit.zwaarVanaf' }.code", equalTo("inconsistent"));
        api().body(Map.of("gemeente", gemeente)).post("/regelsets").then().statusCode(400)
                .body("invalidParams.name", contains("regels"));
        Map<String, Object> onbekendeSleutel = standaardregels();
        onbekendeSleutel.put("maximumPerIntensiteit", Map.of("EXTREEM", "MEEDOEN"));
        api().body(publicatie(gemeente, onbekendeSleutel)).post("/regelsets").then().statusCode(400)
                .contentType("application/problem+json");
        api().queryParam("gemeente", gemeente).get("/regelsets").then().body("totalItems", equalTo(0));
    }

    /**
     * Every stored beoordeling records the rule-set version it used; after the gemeente publishes a new version
     * the stored outcome stays, the herberekening shows what would change, and a replacement takes it over.
     */
    @Test
    void eenBeoordelingBewaartZijnRegelsetEnDeHerberekeningToontHetVerschil() {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuweBeoordeling(TestData.sportveldjes(gemeente));
        api().get("/beoordelingen/" + id + "/herberekening").then().statusCode(200)
                .body("gewijzigd", equalTo(false)).body("verschillen", empty());

        api().body(publicatie(gemeente, strenger())).post("/regelsets").then().statusCode(201);

        api().get("/beoordelingen/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("regelset.gemeente", nullValue()).body("regelset.naam", equalTo("standaard-1"))
                .body("intensiteit", equalTo("MIDDEL"));
        api().get("/beoordelingen/" + id + "/herberekening").then().statusCode(200)
                .body("beoordelingId", equalTo(id))
                .body("opgeslagenRegelset.naam", equalTo("standaard-1"))
                .body("opgeslagenRegelset.gemeente", nullValue())
                .body("huidigeRegelset.gemeente", equalTo(gemeente))
                .body("huidigeRegelset.versie", equalTo(1))
                .body("huidigeRegelset.naam", equalTo(gemeente + "-1"))
                .body("gewijzigd", equalTo(true))
                .body("verschillen.pad", hasItem("stap2.intensiteit"))
                .body("verschillen.find { it.pad == 'stap2.intensiteit' }.oud", equalTo("MIDDEL"))
                .body("verschillen.find { it.pad == 'stap2.intensiteit' }.nieuw", equalTo("LICHT"))
                .body("verschillen.find { it.pad == 'stap3.niveau' }.nieuw", equalTo("MEEDENKEN"))
                .body("verschillen.pad", not(hasItem("regelsetVersie")))
                .body("uitkomst.regelsetVersie", equalTo(gemeente + "-1"));
        api().get("/beoordelingen/" + id).then().header("ETag", equalTo("\"0\"")).body("intensiteit", equalTo("MIDDEL"));

        api().body(TestData.sportveldjes(gemeente)).post("/beoordelingen").then().statusCode(201)
                .body("regelset.gemeente", equalTo(gemeente)).body("regelset.naam", equalTo(gemeente + "-1"))
                .body("intensiteit", equalTo("LICHT"));
        Map<String, Object> elders = TestData.sportveldjes(TestData.nieuweGemeente());
        api().body(elders).post("/beoordelingen").then().statusCode(201)
                .body("regelset.naam", equalTo("standaard-1"));

        // The test now works in the other gemeente: back to the first one's own people.
        api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"0\"").body(TestData.sportveldjes(gemeente))
                .put("/beoordelingen/" + id).then()
                .statusCode(200).body("regelset.naam", equalTo(gemeente + "-1")).body("intensiteit", equalTo("LICHT"));
        api(Aanroeper.raadpleger(gemeente)).get("/beoordelingen/" + id + "/herberekening").then().statusCode(200)
                .body("gewijzigd", equalTo(false)).body("verschillen", empty());
    }

    /**
     * A computation reads the current rule set from a cache (issue 9): a publication through this replica counts at
     * once, one that only reaches the database (another replica's) within assessment.regelset.hoogstens-oud (1 s).
     */
    @Test
    void eenBerekeningLeestDeRegelsetUitDeCacheEnZietEenAndereReplicaBinnenEenSeconde() {
        String gemeente = TestData.nieuweGemeente();
        api().body(TestData.sportveldjes(gemeente)).post("/beoordelingen/_bereken").then().statusCode(200)
                .body("regelset.naam", equalTo("standaard-1"));
        double treffers = Cachetellingen.van("regelsets").get("hit");
        api().body(TestData.sportveldjes(gemeente)).post("/beoordelingen/_bereken").then().statusCode(200);
        assertTrue(Cachetellingen.van("regelsets").get("hit") > treffers, "the second computation is a hit");

        String eerste = api().body(publicatie(gemeente, strenger())).post("/regelsets").then().statusCode(201)
                .extract().path("id");
        api().body(TestData.sportveldjes(gemeente)).post("/beoordelingen/_bereken").then().statusCode(200)
                .body("regelset.naam", equalTo(gemeente + "-1")).body("intensiteit", equalTo("LICHT"));

        tweedeVersieBuitenDezeReplicaOm(UUID.fromString(eerste));
        Instant uiterlijk = Instant.now().plus(Duration.ofSeconds(10));
        String naam;
        do {
            naam = api().body(TestData.sportveldjes(gemeente)).post("/beoordelingen/_bereken").then().statusCode(200)
                    .extract().path("regelset.naam");
        } while (!naam.equals(gemeente + "-2") && Instant.now().isBefore(uiterlijk));
        assertEquals(gemeente + "-2", naam, "another replica's publication is used once the bound has passed");
    }

    /** What another replica's publication leaves: a row this replica never saw go by. */
    private void tweedeVersieBuitenDezeReplicaOm(UUID eerste) {
        String sql = "insert into regelset (id, gemeente_code, versie, toelichting, regels)"
                + " select ?, gemeente_code, 2, toelichting, jsonb_set(regels, '{versie}', to_jsonb(gemeente_code || '-2'))"
                + " from regelset where id = ?";
        try (Connection verbinding = dataSource.getConnection(); PreparedStatement insert = verbinding.prepareStatement(sql)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, eerste);
            assertEquals(1, insert.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> publicatie(String gemeente, Map<String, Object> regels) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeente", gemeente);
        body.put("toelichting", "Buren richt middelzware trajecten lichter in.");
        body.put("regels", regels);
        return body;
    }

    /** The default rules with LICHT up to score 3 instead of 2. */
    private static Map<String, Object> strenger() {
        Map<String, Object> regels = standaardregels();
        intensiteit(regels).put("lichtTotEnMet", 3);
        return regels;
    }

    private static Map<String, Object> standaardregels() {
        return new LinkedHashMap<>(api().get("/regelsets/standaard").then().statusCode(200).extract().path("regels"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> intensiteit(Map<String, Object> regels) {
        Map<String, Object> grenzen = new LinkedHashMap<>((Map<String, Object>) regels.get("intensiteit"));
        regels.put("intensiteit", grenzen);
        return grenzen;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> werkvormen(Map<String, Object> regels, String niveau) {
        Map<String, Object> matrix = new LinkedHashMap<>((Map<String, Object>) regels.get("werkvormen"));
        Map<String, Object> rij = new LinkedHashMap<>((Map<String, Object>) matrix.get(niveau));
        matrix.put(niveau, rij);
        regels.put("werkvormen", matrix);
        return rij;
    }
}
