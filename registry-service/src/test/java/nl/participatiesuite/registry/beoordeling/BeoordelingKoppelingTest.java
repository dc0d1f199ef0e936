package nl.participatiesuite.registry.beoordeling;

import static nl.participatiesuite.registry.support.InitiatiefData.initiatief;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.notificaties.Handtekening;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.PeerStubs;
import nl.participatiesuite.registry.support.TestData;
import nl.participatiesuite.registry.support.UitdaagrechtData;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the assessment-service owns the link between a beoordeling and its initiatief, and the registry keeps the
 * initiatief's beoordelingId in step from its notifications (kanaal beoordelingen), reading the beoordeling there
 * (played by {@link PeerStubs#ASSESSMENT}). Processed in the request that delivers the notification, so each test reads
 * the result right after the 204.
 */
@QuarkusTest
class BeoordelingKoppelingTest extends ApiTest {

    @ConfigProperty(name = "suite.ontvangen.geheim")
    String geheim;

    @Inject
    Klok klok;

    private ValidatableResponse notificatie(UUID beoordeling, String actie, String gemeente) {
        byte[] body = ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"urn:nld:participatie-suite:assessment-service\","
                + "\"type\":\"nl.participatiesuite.beoordelingen." + actie + "\",\"subject\":\"" + beoordeling + "\","
                + "\"time\":\"2026-05-01T09:30:00Z\",\"datacontenttype\":\"application/json\",\"dataref\":\"http://a/x\","
                + "\"sequence\":\"00000000000000000007\",\"data\":{\"kanaal\":\"beoordelingen\",\"hoofdObject\":\"http://a/x\","
                + "\"resource\":\"beoordeling\",\"resourceUrl\":\"http://a/x\",\"actie\":\"" + actie + "\",\"aanmaakdatum\":\"2026-05-01T09:30:00Z\","
                + "\"kenmerken\":{\"gemeente\":\"" + gemeente + "\",\"kernen\":[]}}}").getBytes(StandardCharsets.UTF_8);
        return raw(Aanroeper.ANONIEM).contentType("application/cloudevents+json")
                .header(Handtekening.HEADER, Handtekening.van(body, geheim)).body(body).post("/notificaties").then();
    }

    private static ValidatableResponse lees(String initiatief) {
        return api().get("/initiatieven/" + initiatief).then().statusCode(200);
    }

    @Test
    void aBeoordelingThatNamesAnInitiatiefBecomesItsBeoordeling() {
        String gemeente = TestData.nieuweGemeente();
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Speeltuin De Wielewaal");
        UUID beoordeling = PeerStubs.beoordeling(gemeente, initiatief);

        notificatie(beoordeling, "create", gemeente).statusCode(204);

        lees(initiatief).header("ETag", equalTo("\"1\"")).body("beoordelingId", equalTo(beoordeling.toString()));
        // The change is the registry's own, made for the assessment-service's notification: no person did it.
        api().get("/initiatieven/" + initiatief + "/audittrail").then().statusCode(200)
                .body("items[-1].actie", equalTo("update"))
                .body("items[-1].gebruikersId", equalTo("systeem"))
                .body("items[-1].wijzigingen.nieuw.beoordelingId", equalTo(beoordeling.toString()));
    }

    @Test
    void theSameNotificationTwiceChangesNothingTheSecondTime() {
        String gemeente = TestData.nieuweGemeente();
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Dorpsvisie Beusichem");
        UUID beoordeling = PeerStubs.beoordeling(gemeente, initiatief);

        notificatie(beoordeling, "create", gemeente).statusCode(204);
        notificatie(beoordeling, "update", gemeente).statusCode(204);

        lees(initiatief).header("ETag", equalTo("\"1\"")).body("beoordelingId", equalTo(beoordeling.toString()));
    }

    @Test
    void theBeoordelingChangedLastWinsAndOneNamingAnotherInitiatiefLeavesTheFirst() {
        String gemeente = TestData.nieuweGemeente();
        String eerste = InitiatiefData.nieuwInitiatief(gemeente, "Ommetje Zoelen");
        String tweede = InitiatiefData.nieuwInitiatief(gemeente, "Ommetje Asch");
        UUID oud = PeerStubs.beoordeling(gemeente, eerste);
        UUID nieuw = PeerStubs.beoordeling(gemeente, eerste);
        notificatie(oud, "create", gemeente).statusCode(204);
        notificatie(nieuw, "create", gemeente).statusCode(204);
        lees(eerste).body("beoordelingId", equalTo(nieuw.toString()));

        PeerStubs.beoordelingNoemt(nieuw, tweede);
        notificatie(nieuw, "update", gemeente).statusCode(204);

        lees(eerste).body("$", not(hasKey("beoordelingId")));
        lees(tweede).body("beoordelingId", equalTo(nieuw.toString()));
    }

    @Test
    void aDeletedBeoordelingLeavesItsInitiatiefAndItsVerzoek() {
        String gemeente = TestData.nieuweGemeente();
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Bermen in eigen beheer");
        UUID beoordeling = PeerStubs.beoordeling(gemeente, initiatief);
        notificatie(beoordeling, "create", gemeente).statusCode(204);
        Map<String, Object> verzoek = UitdaagrechtData.verzoek(gemeente, klok.vandaag().minusDays(1));
        verzoek.put("beoordelingId", beoordeling.toString());
        String verzoekId = UitdaagrechtData.nieuwVerzoek(verzoek);

        PeerStubs.beoordelingVerwijderd(beoordeling);
        notificatie(beoordeling, "destroy", gemeente).statusCode(204);

        lees(initiatief).body("$", not(hasKey("beoordelingId")));
        api(Aanroeper.raadpleger(gemeente)).get("/uitdaagrechtverzoeken/" + verzoekId).then().statusCode(200)
                .body("$", not(hasKey("beoordelingId")));
    }

    @Test
    void aBeoordelingOfAnotherGemeenteNeverLinksAnInitiatief() {
        String gemeente = TestData.nieuweGemeente();
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Speelveld");
        UUID vreemd = PeerStubs.beoordeling(TestData.nieuweGemeente(), initiatief);

        notificatie(vreemd, "create", gemeente).statusCode(204);

        lees(initiatief).header("ETag", equalTo("\"0\"")).body("$", not(hasKey("beoordelingId")));
    }

    @Test
    void whileTheAssessmentServiceIsDownTheSenderIsToldToDeliverAgainAndNothingChanges() {
        String gemeente = TestData.nieuweGemeente();
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Jeu de boules-baan");
        UUID beoordeling = PeerStubs.beoordeling(gemeente, initiatief);
        PeerStubs.ASSESSMENT.plat();

        notificatie(beoordeling, "create", gemeente).statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("https://participatie-suite.example.org/problemen/notificatie-niet-verwerkt"));
        lees(initiatief).header("ETag", equalTo("\"0\""));

        PeerStubs.ASSESSMENT.herstel();
        notificatie(beoordeling, "create", gemeente).statusCode(204);
        lees(initiatief).body("beoordelingId", equalTo(beoordeling.toString()));
    }

    @Test
    void otherKanalenAndUnsignedNotificationsChangeNothing() {
        String gemeente = TestData.nieuweGemeente();
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Kerkpad");
        UUID beoordeling = PeerStubs.beoordeling(gemeente, initiatief);
        int aanroepen = PeerStubs.ASSESSMENT.aanroepen();
        byte[] body = ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"x\",\"type\":\"x\",\"subject\":\""
                + beoordeling + "\",\"data\":{\"kanaal\":\"evaluaties\",\"actie\":\"create\"}}").getBytes(StandardCharsets.UTF_8);
        raw(Aanroeper.ANONIEM).contentType("application/cloudevents+json").header(Handtekening.HEADER, Handtekening.van(body, geheim))
                .body(body).post("/notificaties").then().statusCode(204);
        raw(Aanroeper.ANONIEM).contentType("application/cloudevents+json").body(body).post("/notificaties").then().statusCode(403)
                .contentType("application/problem+json");

        lees(initiatief).header("ETag", equalTo("\"0\"")).body("$", not(hasKey("beoordelingId")));
        assertEquals(aanroepen, PeerStubs.ASSESSMENT.aanroepen());
    }

    // --- A client gives a beoordelingId: read-only on an initiatief, checked on a verzoek ---------------------------------

    private static Map<String, Object> wijziging(String gemeente, String titel) {
        Map<String, Object> body = initiatief(gemeente, titel, List.of());
        body.remove("gemeente");
        return body;
    }

    @Test
    void anInitiatiefIsNeverSubmittedWithABeoordelingAndNothingIsStored() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        Map<String, Object> body = initiatief(gemeente, "Voorbarig", List.of());

        body.put("beoordelingId", UUID.randomUUID().toString());
        api(medewerker).body(body).post("/initiatieven").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("beoordelingId"))
                .body("invalidParams[0].code", equalTo("unknown"));
        body.put("beoordelingId", PeerStubs.beoordeling(TestData.nieuweGemeente(), null).toString());
        api(medewerker).body(body).post("/initiatieven").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("otherGemeente"));
        body.put("beoordelingId", PeerStubs.beoordeling(gemeente, null).toString());
        api(medewerker).body(body).post("/initiatieven").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("inconsistent"));

        api().queryParam("gemeente", gemeente).get("/initiatieven").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aChangeThatLeavesTheBeoordelingOutKeepsItAndOneThatNamesTheOwnersLinkIsAccepted() {
        String gemeente = TestData.nieuweGemeente();
        Aanroeper medewerker = Aanroeper.medewerker(gemeente);
        String initiatief = InitiatiefData.nieuwInitiatief(gemeente, "Moestuin");
        UUID beoordeling = PeerStubs.beoordeling(gemeente, initiatief);
        notificatie(beoordeling, "create", gemeente).statusCode(204);

        // Left out: kept; the same id: kept, without asking the assessment-service.
        PeerStubs.ASSESSMENT.plat();
        api(medewerker).header("If-Match", "\"1\"").body(wijziging(gemeente, "Moestuin Zoelen"))
                .put("/initiatieven/" + initiatief).then().statusCode(200)
                .body("beoordelingId", equalTo(beoordeling.toString()));
        Map<String, Object> metZelfde = wijziging(gemeente, "Moestuin Zoelen-Oost");
        metZelfde.put("beoordelingId", beoordeling.toString());
        api(medewerker).header("If-Match", "\"2\"").body(metZelfde).put("/initiatieven/" + initiatief).then().statusCode(200)
                .body("beoordelingId", equalTo(beoordeling.toString()));

        // Another id while the assessment-service cannot be asked: 503, nothing changed.
        UUID tweede = PeerStubs.beoordeling(gemeente, initiatief);
        Map<String, Object> metTweede = wijziging(gemeente, "Moestuin Zoelen-West");
        metTweede.put("beoordelingId", tweede.toString());
        api(medewerker).header("If-Match", "\"3\"").body(metTweede).put("/initiatieven/" + initiatief).then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("https://participatie-suite.example.org/problemen/assessment-onbereikbaar"));
        PeerStubs.ASSESSMENT.herstel();

        // Another id that names this initiatief there: the link the owner has made, accepted at once.
        api(medewerker).header("If-Match", "\"3\"").body(metTweede).put("/initiatieven/" + initiatief).then().statusCode(200)
                .body("titel", equalTo("Moestuin Zoelen-West"))
                .body("beoordelingId", equalTo(tweede.toString()));
        // One that does not name it: refused, the link stays.
        metTweede.put("beoordelingId", PeerStubs.beoordeling(gemeente, null).toString());
        api(medewerker).header("If-Match", "\"4\"").body(metTweede).put("/initiatieven/" + initiatief).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("beoordelingId"))
                .body("invalidParams[0].code", equalTo("inconsistent"));
        lees(initiatief).header("ETag", equalTo("\"4\"")).body("beoordelingId", equalTo(tweede.toString()));
    }

    @Test
    void aVerzoekNamesOnlyAnUitdaagrechtsBeoordelingTheAssessmentServiceKnowsInItsGemeente() {
        String gemeente = TestData.nieuweGemeente();
        LocalDate ontvangst = klok.vandaag().minusDays(2);
        Map<String, Object> verzoek = UitdaagrechtData.verzoek(gemeente, ontvangst);

        verzoek.put("beoordelingId", UUID.randomUUID().toString());
        api(Aanroeper.medewerker(gemeente)).body(verzoek).post("/uitdaagrechtverzoeken").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("beoordelingId"))
                .body("invalidParams[0].code", equalTo("unknown"));
        verzoek.put("beoordelingId", PeerStubs.beoordeling(TestData.nieuweGemeente(), null).toString());
        api(Aanroeper.medewerker(gemeente)).body(verzoek).post("/uitdaagrechtverzoeken").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("otherGemeente"));
        // domain.md §5: an uitdaagrecht's samenwerkingswijzer is overheidsparticipatie with ondersteuning.
        verzoek.put("beoordelingId", PeerStubs.beoordelingVanDeGemeente(gemeente, null).toString());
        api(Aanroeper.medewerker(gemeente)).body(verzoek).post("/uitdaagrechtverzoeken").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("inconsistent"))
                .body("invalidParams[0].reason", containsString("MIDDELEN of MEDE_INITIATIEFNEMER"));
        api(Aanroeper.raadpleger(gemeente)).queryParam("gemeente", gemeente).get("/uitdaagrechtverzoeken").then().statusCode(200)
                .body("totalItems", equalTo(0));

        UUID beoordeling = PeerStubs.beoordeling(gemeente, null);
        verzoek.put("beoordelingId", beoordeling.toString());
        String id = UitdaagrechtData.nieuwVerzoek(verzoek);
        Map<String, Object> zonder = UitdaagrechtData.wijziging(verzoek);
        zonder.remove("beoordelingId");
        api(Aanroeper.medewerker(gemeente)).header("If-Match", "\"0\"").body(zonder).put("/uitdaagrechtverzoeken/" + id)
                .then().statusCode(200).body("$", not(hasKey("beoordelingId")));
    }
}
