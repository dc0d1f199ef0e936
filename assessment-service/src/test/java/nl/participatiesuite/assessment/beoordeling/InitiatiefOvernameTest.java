package nl.participatiesuite.assessment.beoordeling;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.PeerStubs;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A beoordeling for an initiatief takes doel, activiteit, schaal, kern and initiatiefnemer from the registry when the
 * request leaves them out (issue 13); what the request gives wins, and the stored beoordeling shows what it used.
 */
@QuarkusTest
class InitiatiefOvernameTest extends ApiTest {

    private static final String INITIATIEVEN = "/api/v1/initiatieven/";

    /**
     * The seed's answers for an initiatief, without what the initiatief says of itself, and with the rolvraag of an
     * initiatief of the samenleving (the stub's initiatiefnemer is an INWONER).
     */
    private static Map<String, Object> zonderOmschrijving(String gemeente, UUID initiatief) {
        Map<String, Object> body = TestData.sportveldjes(gemeente);
        List.of("doel", "activiteit", "initiatiefnemer", "schaal").forEach(body::remove);
        body.put("initiatiefId", initiatief.toString());
        return metRolvraagVan(body, "SAMENLEVING");
    }

    /** The body with only the rolvraag of this kind of initiatiefnemer. */
    private static Map<String, Object> metRolvraagVan(Map<String, Object> body, String initiatiefnemer) {
        body.remove("gemeenteMoetBeslissen");
        body.remove("gemeenteBijdrageNodig");
        body.put(initiatiefnemer.equals("GEMEENTE") ? "gemeenteMoetBeslissen" : "gemeenteBijdrageNodig", false);
        return body;
    }

    @Test
    void alleOntbrekendeVeldenKomenVanHetInitiatief() {
        String gemeente = TestData.nieuweGemeente();
        UUID maurik = PeerStubs.kern(gemeente, "Maurik", TestData.ANNE);
        UUID initiatief = PeerStubs.initiatief(gemeente, maurik);
        int vragen = PeerStubs.REGISTRY_ONTVANGEN.naar(INITIATIEVEN).size();

        String id = api().body(zonderOmschrijving(gemeente, initiatief)).post("/beoordelingen").then().statusCode(201)
                .body("initiatiefId", equalTo(initiatief.toString()))
                .body("kernId", equalTo(maurik.toString()))
                .body("uitkomst.aanspreekpunt.kern", equalTo("Maurik"))
                .extract().path("id");
        assertEquals(vragen + 1, PeerStubs.REGISTRY_ONTVANGEN.naar(INITIATIEVEN).size(),
                "één vraag naar het initiatief per verzoek");
        overgenomen(api().get("/beoordelingen/" + id).then().statusCode(200), "SAMENLEVING", PeerStubs.SCHAAL)
                .body("invoer.activiteit", equalTo(PeerStubs.ACTIVITEIT));

        // Computing without storing takes the same, and computes as if the caller had given it.
        Map<String, Object> gegeven = zonderOmschrijving(gemeente, initiatief);
        gegeven.putAll(Map.of("doel", PeerStubs.DOEL, "activiteit", PeerStubs.ACTIVITEIT,
                "initiatiefnemer", "SAMENLEVING", "schaal", PeerStubs.SCHAAL));
        assertEquals(uitkomst(gegeven), uitkomst(zonderOmschrijving(gemeente, initiatief)));
    }

    @Test
    void eenGegevenWaardeGaatVoor() {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, "INWONER");
        Map<String, Object> body = zonderOmschrijving(gemeente, initiatief);
        body.put("doel", "Een eigen doel");
        body.put("initiatiefnemer", "GEMEENTE");
        body.put("schaal", "GEMEENTE");
        String id = api().body(metRolvraagVan(body, "GEMEENTE")).post("/beoordelingen").then().statusCode(201)
                .body("invoer.doel", equalTo("Een eigen doel"))
                .body("invoer.activiteit", equalTo(PeerStubs.ACTIVITEIT))
                .body("invoer.initiatiefnemer", equalTo("GEMEENTE"))
                .body("invoer.schaal", equalTo("GEMEENTE"))
                .extract().path("id");

        // A replacement that leaves them out takes them from the initiatief again, and is stored so.
        api().header("If-Match", "\"0\"").body(zonderOmschrijving(gemeente, initiatief)).put("/beoordelingen/" + id)
                .then().statusCode(200);
        overgenomen(api().get("/beoordelingen/" + id).then().statusCode(200), "SAMENLEVING", PeerStubs.SCHAAL);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"INWONER, SAMENLEVING", "ONDERNEMER, SAMENLEVING", "ORGANISATIE, SAMENLEVING", "GEMEENTE, GEMEENTE"})
    void deInitiatiefnemerVanHetInitiatief(String registryType, String initiatiefnemer) {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, registryType);
        Map<String, Object> body = metRolvraagVan(zonderOmschrijving(gemeente, initiatief), initiatiefnemer);
        overgenomen(api().body(body).post("/beoordelingen").then().statusCode(201), initiatiefnemer, PeerStubs.SCHAAL);
    }

    @Test
    void eenOnbekendInitiatiefIsAlleenOngeldigOpInitiatiefId() {
        Map<String, Object> body = zonderOmschrijving(TestData.nieuweGemeente(), UUID.randomUUID());
        for (String pad : List.of("/beoordelingen", "/beoordelingen/_bereken")) {
            api().body(body).post(pad).then().statusCode(400)
                    .body("invalidParams.name", contains("initiatiefId"))
                    .body("invalidParams[0].code", equalTo("unknown"));
        }
    }

    @Test
    void eenInitiatiefVanEenAndereGemeente() {
        UUID elders = PeerStubs.initiatief(TestData.nieuweGemeente());
        String gemeente = TestData.nieuweGemeente();
        api().body(zonderOmschrijving(gemeente, elders)).post("/beoordelingen").then().statusCode(400)
                .body("invalidParams.name", contains("initiatiefId"))
                .body("invalidParams[0].code", equalTo("otherGemeente"));
    }

    @Test
    void eenOnbereikbaarRegisterMetIetsOverTeNemenIs503() {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente);
        PeerStubs.REGISTRY.plat();
        Map<String, Object> body = zonderOmschrijving(gemeente, initiatief);
        body.put("doel", "Een eigen doel");
        api().body(body).post("/beoordelingen").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", endsWith("/register-onbereikbaar"))
                .body("detail", containsString("activiteit, initiatiefnemer, schaal"));
        // The caller's own mistakes come first, without the fields the registry would have given.
        body.remove("ruimte");
        api().body(body).post("/beoordelingen/_bereken").then().statusCode(400)
                .body("invalidParams.name", contains("ruimte"));
        api().queryParam("gemeente", gemeente).get("/beoordelingen").then().body("totalItems", equalTo(0));

        // With nothing to take over, the beoordeling is stored as before: only the aanspreekpunt is missing.
        Map<String, Object> compleet = TestData.sportveldjes(gemeente);
        compleet.put("initiatiefId", initiatief.toString());
        api().body(compleet).post("/beoordelingen").then().statusCode(201)
                .body("uitkomst.aanspreekpunt.status", equalTo("REGISTER_ONBEREIKBAAR"));
    }

    private static ValidatableResponse overgenomen(ValidatableResponse beoordeling, String initiatiefnemer,
            String schaal) {
        return beoordeling
                .body("invoer.doel", equalTo(PeerStubs.DOEL))
                .body("invoer.initiatiefnemer", equalTo(initiatiefnemer))
                .body("invoer.schaal", equalTo(schaal));
    }

    private static Object uitkomst(Map<String, Object> body) {
        return api().body(body).post("/beoordelingen/_bereken").then().statusCode(200).extract().path("uitkomst");
    }
}
