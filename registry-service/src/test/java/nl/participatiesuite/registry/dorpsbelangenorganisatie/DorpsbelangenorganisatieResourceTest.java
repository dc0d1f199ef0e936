package nl.participatiesuite.registry.dorpsbelangenorganisatie;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DorpsbelangenorganisatieResourceTest extends ApiTest {

    /** Fixed dates far from today, so the status does not depend on when the test runs. */
    private static final Map<String, Object> LOPEND_CONVENANT = Map.of("getekendOp", "2021-03-01", "evaluatieUiterlijk", "2099-03-01");
    private static final Map<String, Object> VERLOPEN_CONVENANT = Map.of("getekendOp", "2017-01-01", "evaluatieUiterlijk", "2021-03-31");

    static Map<String, Object> organisatie(String naam, String gemeente, String... kernIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", naam);
        body.put("gemeente", gemeente);
        body.put("rechtsvorm", "VERENIGING");
        body.put("kernIds", Arrays.asList(kernIds));
        return body;
    }

    static String nieuweOrganisatie(String naam, String gemeente, String... kernIds) {
        return api().body(organisatie(naam, gemeente, kernIds)).post("/dorpsbelangenorganisaties").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void registersAnOrganisationWithItsConvenantAndContactpersoon() {
        String gemeente = TestData.nieuweGemeente();
        String maurik = TestData.nieuweKern(gemeente, "Maurik");
        Map<String, Object> body = organisatie("Vereniging Dorpsbelang Maurik", gemeente, maurik);
        body.put("convenant", LOPEND_CONVENANT);
        body.put("dkkLidmaatschapVergoed", true);
        body.put("contactpersoon", Map.of("naam", "A. Bakker", "email", "secretaris@dorpsbelangmaurik.nl",
                "telefoon", "+31 344 123456"));
        String id = api().body(body).post("/dorpsbelangenorganisaties").then().statusCode(201)
                .header("Location", containsString("/api/v1/dorpsbelangenorganisaties/"))
                .header("ETag", equalTo("\"0\""))
                .body("rechtsvorm", equalTo("VERENIGING"))
                .body("kernIds", contains(maurik))
                .body("convenant.getekendOp", equalTo("2021-03-01"))
                .body("convenant.evaluatieUiterlijk", equalTo("2099-03-01"))
                .body("convenantStatus", equalTo("LOPEND"))
                .body("dkkLidmaatschapVergoed", equalTo(true))
                .body("contactpersoon.naam", equalTo("A. Bakker"))
                .body("contactpersoon.telefoon", equalTo("+31 344 123456"))
                .extract().path("id");
        api().get("/dorpsbelangenorganisaties/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("contactpersoon.email", equalTo("secretaris@dorpsbelangmaurik.nl"));
    }

    @Test
    void convenantStatusFollowsTheEvaluationDeadline() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Kerk-Avezaath");
        api().body(organisatie("Bewonersvereniging Kerk-Avezaath", gemeente, kern)).post("/dorpsbelangenorganisaties")
                .then().statusCode(201)
                .body("convenantStatus", equalTo("GEEN")).body("convenant", nullValue())
                .body("dkkLidmaatschapVergoed", equalTo(false));
        Map<String, Object> verlopen = organisatie("Stichting Dorpsraad Ravenswaaij", gemeente, kern);
        verlopen.put("rechtsvorm", "STICHTING");
        verlopen.put("convenant", VERLOPEN_CONVENANT);
        api().body(verlopen).post("/dorpsbelangenorganisaties").then().statusCode(201)
                .body("convenantStatus", equalTo("EVALUATIE_VERLOPEN"));
    }

    @Test
    void invalidInputListsEveryFieldTogether() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = new HashMap<>();
        body.put("naam", "");
        body.put("gemeente", gemeente);
        body.put("rechtsvorm", "BV");
        body.put("kernIds", List.of());
        body.put("convenant", Map.of("getekendOp", "2022-05-01", "evaluatieUiterlijk", "2022-04-30"));
        body.put("contactpersoon", Map.of("naam", "", "email", "geen-mail"));
        api().body(body).post("/dorpsbelangenorganisaties").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("contactpersoon.email", "contactpersoon.naam",
                        "convenant.evaluatieUiterlijk", "kernIds", "naam", "rechtsvorm"))
                .body("invalidParams.find { it.name == 'rechtsvorm' }.code", equalTo("enum"))
                .body("invalidParams.find { it.name == 'rechtsvorm' }.reason", containsString("VERENIGING, STICHTING of OVERIG"))
                .body("invalidParams.find { it.name == 'convenant.evaluatieUiterlijk' }.code",
                        equalTo("inconsistent"));
        body.put("convenant", Map.of("evaluatieUiterlijk", "2022-04-30"));
        body.remove("rechtsvorm");
        api().body(body).post("/dorpsbelangenorganisaties").then().statusCode(400)
                .body("invalidParams.name", contains("contactpersoon.email", "contactpersoon.naam",
                        "convenant.getekendOp", "kernIds", "naam", "rechtsvorm"))
                .body("invalidParams.find { it.name == 'rechtsvorm' }.code", equalTo("required"));
        api().queryParam("gemeente", gemeente).get("/dorpsbelangenorganisaties").then().body("items", empty());
    }

    @Test
    void aMalformedDateNamesTheField() {
        String gemeente = TestData.nieuweGemeente();
        Map<String, Object> body = organisatie("Belangenvereniging Lingemeer", gemeente, TestData.nieuweKern(gemeente, "Lingemeer"));
        body.put("convenant", Map.of("getekendOp", "01-03-2021", "evaluatieUiterlijk", "2023-03-01"));
        api().body(body).post("/dorpsbelangenorganisaties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("convenant.getekendOp"));
    }

    @Test
    void unknownGemeenteAndKernenAreReportedTogether() {
        String gemeente = TestData.nieuweGemeente();
        String eigen = TestData.nieuweKern(gemeente, "Buren");
        // Registering in another gemeente is refused; a beheerder of a gemeente that is not registered is told so.
        api().body(organisatie("BV Buren", "GM9992", eigen, "00000000-0000-0000-0000-0000000000bb"))
                .post("/dorpsbelangenorganisaties").then().statusCode(403).contentType("application/problem+json");
        api(Aanroeper.beheerder("GM9992")).body(organisatie("BV Buren", "GM9992", eigen, "00000000-0000-0000-0000-0000000000bb"))
                .post("/dorpsbelangenorganisaties").then().statusCode(400)
                .body("invalidParams.name", contains("gemeente", "kernIds[0]", "kernIds[1]"))
                .body("invalidParams.code", contains("unknown", "otherGemeente", "unknown"));
    }

    @Test
    void listFiltersByGemeenteKernAndNaam() {
        String gemeente = TestData.nieuweGemeente();
        String beusichem = TestData.nieuweKern(gemeente, "Beusichem");
        String buren = TestData.nieuweKern(gemeente, "Buren");
        nieuweOrganisatie("Beusichem Leeft", gemeente, beusichem);
        nieuweOrganisatie("Dorpsbelang Buren", gemeente, buren, beusichem);
        nieuweOrganisatie("Anders Actief", gemeente, buren);
        api().queryParam("gemeente", gemeente).get("/dorpsbelangenorganisaties").then().statusCode(200)
                .body("items.naam", contains("Anders Actief", "Beusichem Leeft", "Dorpsbelang Buren"))
                .header("X-Total-Count", "3");
        api().queryParam("kern", beusichem).get("/dorpsbelangenorganisaties").then().statusCode(200)
                .body("items.naam", contains("Beusichem Leeft", "Dorpsbelang Buren"));
        api().queryParam("gemeente", gemeente).queryParam("q", "leeft").get("/dorpsbelangenorganisaties").then()
                .body("items.naam", contains("Beusichem Leeft"));
        api().queryParam("kern", "Beusichem").get("/dorpsbelangenorganisaties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kern"));
    }

    @Test
    void updateNeedsTheCurrentVersionAndCanEndTheConvenant() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Maurik");
        Map<String, Object> body = organisatie("Dorpsbelang Maurik", gemeente, kern);
        body.put("convenant", LOPEND_CONVENANT);
        body.put("contactpersoon", Map.of("naam", "A. Bakker"));
        String id = api().body(body).post("/dorpsbelangenorganisaties").then().statusCode(201).extract().path("id");
        Map<String, Object> wijziging = organisatie("Vereniging Dorpsbelang Maurik", gemeente, kern);
        wijziging.put("rechtsvorm", "OVERIG");
        api().body(wijziging).put("/dorpsbelangenorganisaties/" + id).then().statusCode(428);
        api().header("If-Match", "\"8\"").body(wijziging).put("/dorpsbelangenorganisaties/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(wijziging).put("/dorpsbelangenorganisaties/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("naam", equalTo("Vereniging Dorpsbelang Maurik"))
                .body("rechtsvorm", equalTo("OVERIG"))
                .body("convenantStatus", equalTo("GEEN"))
                .body("contactpersoon", nullValue());
        wijziging.put("gemeente", TestData.andereGemeente());
        api().header("If-Match", "\"1\"").body(wijziging).put("/dorpsbelangenorganisaties/" + id).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("immutable"));
        api().header("If-Match", "\"1\"").body(body).put("/dorpsbelangenorganisaties/00000000-0000-0000-0000-0000000000cc")
                .then().statusCode(404);
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        String gemeente = TestData.nieuweGemeente();
        String id = nieuweOrganisatie("Dorpsraad Ommeren", gemeente, TestData.nieuweKern(gemeente, "Ommeren"));
        api().delete("/dorpsbelangenorganisaties/" + id).then().statusCode(428);
        api().header("If-Match", "\"1\"").delete("/dorpsbelangenorganisaties/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").delete("/dorpsbelangenorganisaties/" + id).then().statusCode(204);
        api().get("/dorpsbelangenorganisaties/" + id).then().statusCode(404).contentType("application/problem+json");
    }
}
