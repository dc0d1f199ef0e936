package nl.participatiesuite.assessment.beoordeling;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.PeerStubs;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * A stored outcome outlives the code that wrote it. The rows written before the outcome carried a
 * {@code schemaVersie} still read: the fixtures in {@code src/test/resources/opgeslagen} are the answers and
 * outcome of the seed's example exactly as PostgreSQL held them then, written here with SQL, not through the API.
 */
@QuarkusTest
class OpgeslagenUitkomstTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eenUitkomstVanVoorDeSchemaversieIsTeLezen() {
        String gemeente = TestData.nieuweGemeente();
        // The circumstances of the stored outcome: kern Maurik with Anne, Versnellingskamer best before.
        UUID maurik = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        PeerStubs.effectiviteit(gemeente, "DORP_WIJK", "Versnellingskamer", "4.50", 10);
        UUID id = oudeRij(gemeente, maurik);

        api().get("/beoordelingen/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("invoer.doel", containsString("gezondheid van jongeren"))
                .body("uitkomst", not(hasKey(OpgeslagenUitkomst.VELD)))
                // Stored before the outcome said how fresh its werkvorm effectiveness was: the field is left out.
                .body("$", not(hasKey(OpgeslagenUitkomst.WERKVORM_EFFECTIVITEIT)))
                .body("uitkomst", not(hasKey(OpgeslagenUitkomst.WERKVORM_EFFECTIVITEIT)))
                .body("uitkomst.stap3.niveau", equalTo("MEEDOEN"))
                .body("uitkomst.stap4.werkvormen.naam", contains("Versnellingskamer", "Online atelier", "Workshop"))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].naam", equalTo("Anne de Vries"))
                .body("regelset.naam", equalTo("standaard-1"));
        api().queryParam("gemeente", gemeente).get("/beoordelingen").then().statusCode(200)
                .body("items.id", contains(id.toString()))
                .body("items[0].niveau", equalTo("MEEDOEN"))
                .body("items[0].regelset.naam", equalTo("standaard-1"))
                // The list reads PostgreSQL's copies of these fields (V5__lijst_zonder_json.sql), also of old rows.
                .body("items[0].doel", containsString("gezondheid van jongeren"))
                .body("items[0].activiteit", containsString("sportveldje met doelen"))
                // Stored before the rule existed: not mandatory, as GET by id says.
                .body("items[0].verplichteParticipatie.participatieVerplicht", equalTo(false))
                .body("items[0].verplichteParticipatie.gevallen", empty());
        api().get("/beoordelingen/" + id + "/checklist").then().statusCode(200)
                .body("handreiking", equalTo("INWONERSPARTICIPATIE"));
        // Read in the old shape and computed again under the same circumstances: nothing would change but the
        // aanspreekpunt's sentence, which no longer names the kernambtenaar (that is personal data, in its own fields).
        api().get("/beoordelingen/" + id + "/herberekening").then().statusCode(200)
                .body("gewijzigd", equalTo(true))
                .body("verschillen.pad", contains("aanspreekpunt.onderbouwing[0].tekst"))
                .body("verschillen[0].oud", containsString("Anne de Vries"))
                .body("verschillen[0].nieuw", not(containsString("Anne de Vries")))
                .body("verschillen[0].nieuw", containsString("kern Maurik"));

        api().header("If-Match", "\"0\"").body(TestData.sportveldjes(gemeente, maurik)).put("/beoordelingen/" + id)
                .then().statusCode(200).body("uitkomst", not(hasKey(OpgeslagenUitkomst.VELD)))
                .body("werkvormEffectiviteit.status", equalTo("ACTUEEL"));
        assertEquals(OpgeslagenUitkomst.SCHEMA_VERSIE, opgeslagenSchemaversie(id), "herschreven in de huidige vorm");
    }

    /** The list's copies of the answers follow every write: a replacement and the erasure (issue 9). */
    @Test
    void deLijstVolgtDeAntwoordenNaWijzigenEnWissen() {
        String gemeente = TestData.nieuweGemeente();
        UUID maurik = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        var body = TestData.sportveldjes(gemeente, maurik);
        String id = api().body(body).post("/beoordelingen").then().statusCode(201).extract().path("id");
        body.put("doel", "Een speeltuin, met " + TestData.ANNE[0] + " als aanspreekpunt");
        body.put("schaal", "GEBIED_REGIO");
        api().header("If-Match", "\"0\"").body(body).put("/beoordelingen/" + id).then().statusCode(200);

        api().queryParam("gemeente", gemeente).get("/beoordelingen").then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].doel", equalTo("Een speeltuin, met " + TestData.ANNE[0] + " als aanspreekpunt"))
                .body("items[0].schaal", equalTo("GEBIED_REGIO"));
        api().post("/beoordelingen/" + id + "/_wissen").then().statusCode(200);
        api().queryParam("gemeente", gemeente).get("/beoordelingen").then().statusCode(200)
                .body("items[0].doel", equalTo("Een speeltuin, met " + Gewist.TEKST + " als aanspreekpunt"));
    }

    /** An outcome stored before the sentences stopped naming the kernambtenaar: erasure finds the name there too. */
    @Test
    void eenOudeUitkomstWordtOokInDeZinnenGewist() {
        String gemeente = TestData.nieuweGemeente();
        UUID id = oudeRij(gemeente, PeerStubs.kern(gemeente, "Maurik", TestData.ANNE));

        String gewist = api().post("/beoordelingen/" + id + "/_wissen").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].naam", equalTo(Gewist.NAAM))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0].email", equalTo(Gewist.EMAIL))
                .body("uitkomst.aanspreekpunt.kernambtenaren[0]", not(hasKey("telefoon")))
                .body("uitkomst.aanspreekpunt.onderbouwing[0].tekst", containsString(Gewist.TEKST))
                .body("uitkomst.stap3.niveau", equalTo("MEEDOEN"))
                .extract().asString();
        for (String waarde : TestData.ANNE) {
            assertFalse(gewist.contains(waarde), waarde + " in " + gewist);
            assertFalse(opgeslagen(id).contains(waarde), waarde + " nog opgeslagen");
        }
        api().post("/beoordelingen/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void eenNieuweUitkomstWordtMetSchemaversieOpgeslagen() {
        String id = TestData.nieuweBeoordeling(TestData.sportveldjes(TestData.nieuweGemeente()));

        assertEquals(OpgeslagenUitkomst.SCHEMA_VERSIE, opgeslagenSchemaversie(UUID.fromString(id)));
        api().get("/beoordelingen/" + id).then().statusCode(200).body("uitkomst", not(hasKey(OpgeslagenUitkomst.VELD)));
    }

    private UUID oudeRij(String gemeente, UUID kern) {
        UUID id = UUID.randomUUID();
        String sql = "insert into beoordeling (id, gemeente_code, kern_id, invoer, uitkomst, niveau, ladderniveau,"
                + " intensiteit, regelset_versie) values (?, ?, ?, ?::jsonb, ?::jsonb, 'MEEDOEN', 'COPRODUCEREN', 'MIDDEL', 1)";
        try (Connection verbinding = dataSource.getConnection(); PreparedStatement insert = verbinding.prepareStatement(sql)) {
            insert.setObject(1, id);
            insert.setString(2, gemeente);
            insert.setObject(3, kern);
            insert.setString(4, fixture("invoer-zonder-schemaversie.json"));
            insert.setString(5, fixture("uitkomst-zonder-schemaversie.json"));
            assertEquals(1, insert.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** The whole stored row as text: answers, outcome and checklist. */
    private String opgeslagen(UUID id) {
        try (Connection verbinding = dataSource.getConnection(); PreparedStatement select = verbinding.prepareStatement(
                "select invoer::text || uitkomst::text || checklist_antwoorden::text from beoordeling where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rij = select.executeQuery()) {
                rij.next();
                return rij.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored schemaVersie, or -1 when the row has none. */
    private int opgeslagenSchemaversie(UUID id) {
        try (Connection verbinding = dataSource.getConnection(); PreparedStatement select = verbinding.prepareStatement(
                "select coalesce((uitkomst ->> 'schemaVersie')::int, -1) from beoordeling where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rij = select.executeQuery()) {
                rij.next();
                return rij.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fixture(String naam) {
        try (InputStream in = OpgeslagenUitkomstTest.class.getResourceAsStream("/opgeslagen/" + naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
