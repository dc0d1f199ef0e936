package nl.participatiesuite.evaluation.evaluatie;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.apirules.test.Rijen;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;

/** domain.md §4 for reports: the own gemeente's data, the opsteller personal, the audit trail and erasure. */
@QuarkusTest
class EvaluatieBeveiligingTest extends ApiTest {

    private static final String ANDERE = "GM0998";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> verslag(UUID initiatief) {
        Map<String, Object> body = TestData.verslag(initiatief);
        body.put("opsteller", Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL));
        body.put("leerpunten", List.of(Map.of("tekst", "Eerder terugkoppelen")));
        return body;
    }

    @Test
    void aReportIsReadOnlyInItsOwnGemeenteWithItsOpsteller() {
        String gemeente = TestData.nieuweGemeente();
        String id = TestData.nieuwVerslag(Aanroeper.medewerker(gemeente), verslag(PeerStubs.initiatief(gemeente, "Eigen")));

        api(Aanroeper.raadpleger(gemeente)).get("/evaluaties/" + id).then().statusCode(200)
                .body("opsteller.naam", equalTo(Persoonsgegevens.NAAM))
                .body("opsteller.email", equalTo(Persoonsgegevens.EMAIL));
        api(Aanroeper.raadpleger(gemeente)).queryParam("gemeente", gemeente).get("/evaluaties").then().statusCode(200)
                .body("items[0].opsteller.naam", equalTo(Persoonsgegevens.NAAM));
        api(Aanroeper.beheerder(ANDERE)).get("/evaluaties/" + id).then().statusCode(403)
                .contentType("application/problem+json").body("type", containsString("andere-gemeente"))
                .body(not(containsString(Persoonsgegevens.NAAM)));
        api(Aanroeper.beheerder(ANDERE)).queryParam("gemeente", gemeente).get("/evaluaties").then().statusCode(403);
        api(Aanroeper.ANONIEM).get("/evaluaties/" + id).then().statusCode(401);
        api(Aanroeper.ANONIEM).queryParam("gemeente", gemeente).get("/evaluaties").then().statusCode(401);
        // Without a filter a caller gets the reports of the own gemeente only.
        api(Aanroeper.raadpleger(ANDERE)).get("/evaluaties").then().statusCode(200)
                .body("items.gemeente", everyItem(equalTo(ANDERE)));
    }

    @Test
    void aReportAboutAnotherGemeentesInitiatiefIsRefusedAndNothingIsStored() {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Van een ander");
        int assessmentCalls = PeerStubs.ASSESSMENT.aanroepen();
        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(Aanroeper.medewerker(ANDERE)).body(verslag(initiatief)).post("/evaluaties").then().statusCode(403)
                    .contentType("application/problem+json").body("type", containsString("andere-gemeente"))
                    .body(not(containsString(Persoonsgegevens.NAAM)));
            api(Aanroeper.raadpleger(gemeente)).body(verslag(initiatief)).post("/evaluaties").then().statusCode(403);
            api(Aanroeper.ANONIEM).body(verslag(initiatief)).post("/evaluaties").then().statusCode(401);
        });
        assertEquals(assessmentCalls, PeerStubs.ASSESSMENT.aanroepen(), "a refused caller asks the assessment nothing");
        api(Aanroeper.raadpleger(gemeente)).queryParam("initiatief", initiatief.toString()).get("/evaluaties").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aReportIsChangedOnlyByTheOwnGemeente() {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Wijzigen");
        String id = TestData.nieuwVerslag(Aanroeper.medewerker(gemeente), verslag(initiatief));
        Map<String, Object> gewijzigd = verslag(initiatief);
        gewijzigd.put("gerealiseerdNiveau", "MEEBESLISSEN");
        int assessmentCalls = PeerStubs.ASSESSMENT.aanroepen();
        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(Aanroeper.medewerker(ANDERE)).header("If-Match", "\"0\"").body(gewijzigd).put("/evaluaties/" + id).then()
                    .statusCode(403).body("type", containsString("andere-gemeente"));
            api(Aanroeper.raadpleger(gemeente)).header("If-Match", "\"0\"").body(gewijzigd).put("/evaluaties/" + id).then()
                    .statusCode(403);
        });
        assertEquals(assessmentCalls, PeerStubs.ASSESSMENT.aanroepen(), "a refused caller asks the assessment nothing");
        api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"0\"").body(gewijzigd).put("/evaluaties/" + id).then()
                .statusCode(200).body("gerealiseerdNiveau", equalTo("MEEBESLISSEN"));
    }

    @Test
    void everyChangeIsInTheAuditTrailWithTheOpstellerPseudonymised() {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Audit");
        String id = TestData.nieuwVerslag(Aanroeper.medewerker(gemeente), verslag(initiatief));
        Map<String, Object> gewijzigd = verslag(initiatief);
        gewijzigd.put("gerealiseerdNiveau", "ADVISEREN");
        gewijzigd.put("opsteller", Map.of("naam", Persoonsgegevens.NAAM, "email", "ander." + Persoonsgegevens.EMAIL));
        api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"0\"").body(gewijzigd).put("/evaluaties/" + id).then()
                .statusCode(200);
        // A refused change leaves no entry.
        api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"7\"").body(gewijzigd).put("/evaluaties/" + id).then()
                .statusCode(412);

        String trail = api().get("/evaluaties/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update"))
                .body("items.gebruikersId", everyItem(equalTo("medewerker-" + gemeente)))
                .body("items.resource", everyItem(equalTo("Evaluatie")))
                .body("items[0].hoofdObject", containsString("/api/v1/evaluaties/" + id))
                .body("items[0].gemeente", equalTo(gemeente))
                .body("items[0].wijzigingen.nieuw.opstellerNaam", startsWith("pseudoniem:"))
                .body("items[0].wijzigingen.nieuw.opstellerEmail", startsWith("pseudoniem:"))
                .body("items[0].wijzigingen.nieuw.gerealiseerdNiveau", equalTo("RAADPLEGEN"))
                .body("items[1].wijzigingen.oud.gerealiseerdNiveau", equalTo("RAADPLEGEN"))
                .body("items[1].wijzigingen.nieuw.gerealiseerdNiveau", equalTo("ADVISEREN"))
                .body("items[1].wijzigingen.nieuw.opstellerEmail", startsWith("pseudoniem:"))
                .body("items[1].wijzigingen.nieuw", not(hasKey("opstellerNaam")))
                .body("totalItems", equalTo(2))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
        api(Aanroeper.medewerker(gemeente)).get("/evaluaties/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.beheerder(ANDERE)).get("/evaluaties/" + id + "/audittrail").then().statusCode(403);
        api(Aanroeper.ANONIEM).get("/evaluaties/" + id + "/audittrail").then().statusCode(401);
        api().get("/evaluaties/" + UUID.randomUUID() + "/audittrail").then().statusCode(404);
    }

    @Test
    void erasureEmptiesTheOpstellerKeepsTheReportAndIsIdempotent() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = verslag(PeerStubs.initiatief(gemeente, "Wissen", UUID.randomUUID()));
        body.put("gedeeld", true);
        String id = TestData.nieuwVerslag(Aanroeper.medewerker(gemeente), body);
        // Read before the erasure too: the answer kept for this read must not outlive it.
        api(Aanroeper.raadpleger(gemeente)).get("/evaluaties/" + id).then().statusCode(200)
                .body("opsteller.naam", equalTo(Persoonsgegevens.NAAM));

        Rijen.nietsOpgeslagen(dataSource, () -> {
            api(Aanroeper.medewerker(gemeente)).post("/evaluaties/" + id + "/_wissen").then().statusCode(403);
            api(Aanroeper.beheerder(ANDERE)).post("/evaluaties/" + id + "/_wissen").then().statusCode(403);
        });
        String gewist = api().post("/evaluaties/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("$", not(hasKey("opsteller")))
                .body("leerpunten.tekst", contains("Eerder terugkoppelen"))
                .body("kernIds.size()", equalTo(1))
                .body("gedeeld", equalTo(true))
                .extract().asString();
        assertFalse(Persoonsgegevens.in(gewist), gewist);
        api().post("/evaluaties/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""));
        api(Aanroeper.raadpleger(gemeente)).get("/evaluaties/" + id).then().statusCode(200)
                .body("$", not(hasKey("opsteller"))).body("doelen.resultaat", contains("BEHAALD"));
        api(Aanroeper.raadpleger(gemeente)).get("/leerzame-voorbeelden/" + id).then().statusCode(200)
                .body("$", not(hasKey("opsteller")));

        String trail = api().get("/evaluaties/" + id + "/audittrail").then().statusCode(200)
                .body("items.actie", contains("create", "update"))
                .body("items[1].gebruikersId", equalTo("beheerder-" + gemeente))
                .body("items[1].wijzigingen.oud.opstellerNaam", startsWith("pseudoniem:"))
                .body("items[1].wijzigingen.nieuw.opstellerNaam", org.hamcrest.Matchers.nullValue())
                .extract().asString();
        assertFalse(Persoonsgegevens.in(trail), trail);
    }
}
