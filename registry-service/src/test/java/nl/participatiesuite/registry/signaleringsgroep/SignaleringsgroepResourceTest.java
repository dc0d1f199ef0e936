package nl.participatiesuite.registry.signaleringsgroep;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignaleringsgroepResourceTest extends ApiTest {

    static Map<String, Object> groep(String soort, String naam, String gemeente, String kernId) {
        Map<String, Object> body = new HashMap<>();
        body.put("soort", soort);
        body.put("naam", naam);
        body.put("gemeente", gemeente);
        body.put("kernId", kernId);
        return body;
    }

    static String nieuweGroep(String soort, String naam, String gemeente, String kernId) {
        return api().body(groep(soort, naam, gemeente, kernId)).post("/signaleringsgroepen").then()
                .statusCode(201).extract().path("id");
    }

    private static RequestSpecification apiMetDecimalen() {
        return api().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    @Test
    void registersASignaleringsgroepForAKern() {
        String gemeente = TestData.nieuweGemeente();
        String zoelen = TestData.nieuweKern(gemeente, "Zoelen");
        Map<String, Object> body = groep("SIGNALERINGSGROEP", "Signaleringsgroep Zoelen", gemeente, zoelen);
        body.put("contactpersoon", Map.of("naam", "J. Visser", "telefoon", "06-12345678"));
        String id = api().body(body).post("/signaleringsgroepen").then().statusCode(201)
                .header("Location", containsString("/api/v1/signaleringsgroepen/"))
                .header("ETag", equalTo("\"0\""))
                .body("soort", equalTo("SIGNALERINGSGROEP")).body("kernId", equalTo(zoelen))
                .body("contactpersoon.naam", equalTo("J. Visser"))
                .extract().path("id");
        api().get("/signaleringsgroepen/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("contactpersoon.telefoon", equalTo("06-12345678"));
    }

    @Test
    void aSignaleringsgroepNeedsAKernReportedWithTheOtherFields() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = groep("SIGNALERINGSGROEP", " ", gemeente, null);
        body.put("contactpersoon", Map.of("naam", "X", "telefoon", "geheim"));
        api().body(body).post("/signaleringsgroepen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("contactpersoon.telefoon", "kernId", "naam"))
                .body("invalidParams.code", contains("pattern", "required", "required"));
        api().body(groep("BUURTPREVENTIE", "Buurtpreventie", "GM12", null)).post("/signaleringsgroepen").then()
                .statusCode(400)
                .body("invalidParams.name", contains("gemeente", "soort"))
                .body("invalidParams.code", contains("pattern", "enum"));
        api().queryParam("gemeente", gemeente).get("/signaleringsgroepen").then().body("totalItems", equalTo(0));
    }

    @Test
    void theKernMustExistInTheSameGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String elders = TestData.nieuweKern(TestData.andereGemeente(), "Elders");
        api().body(groep("SIGNALERINGSGROEP", "Signaleringsgroep", gemeente, elders)).post("/signaleringsgroepen").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("kernId"))
                .body("invalidParams[0].code", equalTo("otherGemeente"));
        // Registering in another gemeente is refused; a beheerder of a gemeente that is not registered is told so.
        api().body(groep("SIGNALERINGSGROEP", "Signaleringsgroep", "GM9993", "00000000-0000-0000-0000-0000000000ee"))
                .post("/signaleringsgroepen").then().statusCode(403).contentType("application/problem+json");
        api(Aanroeper.beheerder("GM9993")).body(groep("SIGNALERINGSGROEP", "Signaleringsgroep", "GM9993",
                        "00000000-0000-0000-0000-0000000000ee"))
                .post("/signaleringsgroepen").then().statusCode(400)
                .body("invalidParams.name", contains("gemeente", "kernId"))
                .body("invalidParams.code", contains("unknown", "unknown"));
    }

    @Test
    void aGemeenteHasOneWhatsappCoordinatorWhoNeedsNoKern() {
        String gemeente = TestData.nieuweGemeente();
        String coordinator = api().body(groep("WHATSAPP_COORDINATOR", "WhatsApp-coördinator Buren", gemeente, null))
                .post("/signaleringsgroepen").then().statusCode(201)
                .body("soort", equalTo("WHATSAPP_COORDINATOR")).body("kernId", nullValue())
                .extract().path("id");
        api().body(groep("WHATSAPP_COORDINATOR", "Tweede coördinator", gemeente, null)).post("/signaleringsgroepen").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/whatsapp-coordinator-bestaat"));
        String groep = nieuweGroep("SIGNALERINGSGROEP", "Signaleringsgroep Asch", gemeente, TestData.nieuweKern(gemeente, "Asch"));
        api().header("If-Match", "\"0\"").body(groep("WHATSAPP_COORDINATOR", "Omgezet", gemeente, null))
                .put("/signaleringsgroepen/" + groep).then().statusCode(409);
        api().header("If-Match", "\"0\"").body(groep("WHATSAPP_COORDINATOR", "WhatsApp-coördinator gemeente Buren", gemeente, null))
                .put("/signaleringsgroepen/" + coordinator).then().statusCode(200)
                .body("naam", equalTo("WhatsApp-coördinator gemeente Buren"));
        nieuweGroep("WHATSAPP_COORDINATOR", "Coördinator elders", TestData.nieuweGemeente(), null);
    }

    @Test
    void listFiltersByGemeenteKernSoortAndNaam() {
        String gemeente = TestData.nieuweGemeente();
        String zoelen = TestData.nieuweKern(gemeente, "Zoelen");
        String ingen = TestData.nieuweKern(gemeente, "Ingen");
        nieuweGroep("SIGNALERINGSGROEP", "Signaleringsgroep Zoelen", gemeente, zoelen);
        nieuweGroep("SIGNALERINGSGROEP", "Signaleringsgroep Ingen", gemeente, ingen);
        nieuweGroep("WHATSAPP_COORDINATOR", "Coördinator", gemeente, null);
        api().queryParam("gemeente", gemeente).get("/signaleringsgroepen").then().statusCode(200)
                .body("items.naam", contains("Coördinator", "Signaleringsgroep Ingen", "Signaleringsgroep Zoelen"));
        api().queryParam("kern", zoelen).get("/signaleringsgroepen").then()
                .body("items.naam", contains("Signaleringsgroep Zoelen"));
        api().queryParam("gemeente", gemeente).queryParam("soort", "SIGNALERINGSGROEP").get("/signaleringsgroepen").then()
                .body("items.naam", contains("Signaleringsgroep Ingen", "Signaleringsgroep Zoelen"));
        api().queryParam("gemeente", gemeente).queryParam("q", "ingen").get("/signaleringsgroepen").then()
                .body("items.naam", contains("Signaleringsgroep Ingen"));
        api().queryParam("soort", "groep").queryParam("kern", "x").get("/signaleringsgroepen").then().statusCode(400)
                .body("invalidParams.name", contains("kern", "soort"));
    }

    @Test
    void updateAndDeleteNeedTheCurrentVersion() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Rijswijk");
        String id = nieuweGroep("SIGNALERINGSGROEP", "Signaleringsgroep Rijswijk", gemeente, kern);
        Map<String, Object> body = groep("SIGNALERINGSGROEP", "Signaleringsgroep Rijswijk (Gld)", gemeente, kern);
        api().body(body).put("/signaleringsgroepen/" + id).then().statusCode(428);
        api().header("If-Match", "\"9\"").body(body).put("/signaleringsgroepen/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put("/signaleringsgroepen/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("naam", equalTo("Signaleringsgroep Rijswijk (Gld)"));
        api().header("If-Match", "\"1\"").body(groep("SIGNALERINGSGROEP", "X", TestData.andereGemeente(), null))
                .put("/signaleringsgroepen/" + id).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kernId"));
        api().header("If-Match", "\"1\"").body(body).put("/signaleringsgroepen/00000000-0000-0000-0000-0000000000ff").then()
                .statusCode(404);
        api().delete("/signaleringsgroepen/" + id).then().statusCode(428);
        api().header("If-Match", "\"0\"").delete("/signaleringsgroepen/" + id).then().statusCode(412);
        api().header("If-Match", "\"1\"").delete("/signaleringsgroepen/" + id).then().statusCode(204);
        api().get("/signaleringsgroepen/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theWhatsappCoordinatorGetsExactlyWhatASignaleringsgroepGets() {
        String gemeente = TestData.nieuweGemeente();
        String groep = nieuweGroep("SIGNALERINGSGROEP", "Signaleringsgroep Lienden", gemeente, TestData.nieuweKern(gemeente, "Lienden"));
        String coordinator = nieuweGroep("WHATSAPP_COORDINATOR", "Coördinator", gemeente, null);
        api().body(Map.of("bedrag", new BigDecimal("312.45"))).put("/signaleringsvergoedingen/" + gemeente + "/2024").then()
                .statusCode(201);
        apiMetDecimalen().get("/signaleringsgroepen/" + groep + "/vergoedingen/2024").then().statusCode(200)
                .body("signaleringsgroep", equalTo(groep)).body("jaar", equalTo(2024))
                .body("bedrag", equalTo(new BigDecimal("312.45"))).body("soort", equalTo("SIGNALERINGSGROEP"));
        apiMetDecimalen().get("/signaleringsgroepen/" + coordinator + "/vergoedingen/2024").then().statusCode(200)
                .body("bedrag", equalTo(new BigDecimal("312.45"))).body("soort", equalTo("WHATSAPP_COORDINATOR"))
                .body("onderbouwing", containsString("gelijk aan de onkostenvergoeding voor een signaleringsgroep"));
    }

    @Test
    void withoutTheYearsAmountThereIsNoAllowance() {
        String gemeente = TestData.nieuweGemeente();
        String coordinator = nieuweGroep("WHATSAPP_COORDINATOR", "Coördinator", gemeente, null);
        api().get("/signaleringsgroepen/" + coordinator + "/vergoedingen/2023").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/signaleringsvergoeding-ontbreekt"))
                .body("detail", containsString(gemeente)).body("detail", containsString("2023"));
        api().get("/signaleringsgroepen/" + coordinator + "/vergoedingen/1999").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("jaar"));
        api().get("/signaleringsgroepen/00000000-0000-0000-0000-0000000000ff/vergoedingen/2023").then().statusCode(404);
    }
}
