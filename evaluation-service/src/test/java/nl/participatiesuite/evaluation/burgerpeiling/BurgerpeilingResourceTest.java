package nl.participatiesuite.evaluation.burgerpeiling;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.data.DemoData;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.evaluation.demo.DemoDataTest;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;

/** The burgerpeiling over HTTP: Buren's demo data, stellingen, metingen, doelen and the dashboard overview. */
@QuarkusTest
class BurgerpeilingResourceTest extends ApiTest {

    private static final String BUREN = "GM0214";

    @Inject
    DemoData demoData;

    @Test
    void burensBurgerpeilingFromTheDemoDataShowsOnTheDashboard() throws Exception {
        // Not in the migrations: a new gemeente starts empty. Loaded as the demo profile loads it (idempotent).
        demoData.laad(DemoDataTest.BURGERPEILING_BUREN);
        api().get("/burgerpeiling-overzichten/" + BUREN).then().statusCode(200)
                .body("gemeente", equalTo(BUREN))
                .body("stellingen", hasSize(7))
                .body("stellingen.nummer", contains(1, 2, 3, 4, 5, 6, 7))
                .body("stellingen[0].tekst", equalTo("Gemeente luistert naar mening burgers"))
                .body("stellingen[0].eenheid", equalTo("PERCENTAGE"))
                .body("stellingen[0].laatsteMeting.jaar", equalTo(2019))
                .body("stellingen[0].laatsteMeting.waarde", equalTo(16.0f))
                .body("stellingen[0].benchmark", equalTo(29.0f))
                .body("stellingen[0].verschilMetBenchmark", equalTo(-13.0f))
                .body("stellingen[0].doelen[0].jaar", equalTo(2023))
                .body("stellingen[0].doelen[0].waarde", equalTo(30.0f))
                .body("stellingen[0].doelen[0].voortgang", equalTo(0.0f))
                .body("stellingen[0].doelen[0].status", equalTo("OP_KOERS"))
                .body("stellingen.laatsteMeting.waarde", contains(16.0f, 20.0f, 22.0f, 18.0f, 24.0f, 15.0f, 6.0f))
                .body("stellingen.benchmark", contains(29.0f, 35.0f, 37.0f, 28.0f, 33.0f, 30.0f, 6.1f))
                .body("stellingen.doelen.waarde.flatten()", contains(30.0f, 35.0f, 40.0f, 30.0f, 35.0f, 30.0f, 7.0f))
                .body("stellingen[6].eenheid", equalTo("RAPPORTCIJFER"))
                .body("stellingen[6].tekst", containsString("Rapportcijfer"))
                .body("stellingen[6].verschilMetBenchmark", equalTo(-0.1f));
        api().queryParam("gemeente", BUREN).get("/stellingen").then().statusCode(200).body("totalItems", equalTo(7));
    }

    @Test
    void progressFollowsTheMeasurementsOverHttp() {
        String stelling = stelling(TestData.nieuweGemeente(), 1, "PERCENTAGE");
        meting(stelling, 2019, "16.0", "29.0");
        doel(stelling, 2023, "30.0");
        String meting2022 = meting(stelling, 2022, "26.5", "30.0");
        api().get("/stellingen/" + stelling + "/voortgang").then().statusCode(200)
                .body("laatsteMeting.jaar", equalTo(2022))
                .body("verschilMetBenchmark", equalTo(-3.5f))
                .body("doelen[0].basis.jaar", equalTo(2019))
                .body("doelen[0].voortgang", equalTo(75.0f))
                .body("doelen[0].koerswaarde", equalTo(26.5f))
                .body("doelen[0].status", equalTo("OP_KOERS"));
        api().header("If-Match", "\"0\"").body(Map.of("jaar", 2022, "waarde", 26.4))
                .put("/stellingen/" + stelling + "/metingen/" + meting2022).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        api().get("/stellingen/" + stelling + "/voortgang").then()
                .body("doelen[0].status", equalTo("ACHTER"))
                .body("$", not(hasKey("verschilMetBenchmark")));
        meting(stelling, 2023, "31.0", null);
        api().get("/stellingen/" + stelling + "/voortgang").then()
                .body("doelen[0].status", equalTo("BEHAALD"))
                .body("doelen[0].voortgang", equalTo(107.1f));
    }

    @Test
    void aStellingWithoutMeasurementsHasNoStatusYet() {
        String stelling = stelling(TestData.nieuweGemeente(), 1, "RAPPORTCIJFER");
        doel(stelling, 2027, "7.0");
        api().get("/stellingen/" + stelling + "/voortgang").then().statusCode(200)
                .body("$", not(hasKey("laatsteMeting")))
                .body("doelen[0].status", equalTo("GEEN_METING"))
                .body("doelen[0]", not(hasKey("voortgang")));
    }

    @Test
    void measurementsOutOfRangeAreRefusedWithEveryField() {
        String percentage = stelling(TestData.nieuweGemeente(), 1, "PERCENTAGE");
        api().body(Map.of("jaar", 1989, "waarde", 100.1, "benchmark", -1)).post("/stellingen/" + percentage + "/metingen")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("jaar", "waarde", "benchmark"))
                .body("invalidParams.findAll { it.name == 'waarde' }.code", contains("max"));
        api().body(Map.of("jaar", 2019, "waarde", 16.05)).post("/stellingen/" + percentage + "/metingen").then()
                .statusCode(400).body("invalidParams.name", contains("waarde")).body("invalidParams.code", contains("format"));
        api().body(Map.of()).post("/stellingen/" + percentage + "/metingen").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("jaar", "waarde"));
        api().queryParam("pageSize", 10).get("/stellingen/" + percentage + "/metingen").then().body("items", empty());

        String cijfer = stelling(TestData.nieuweGemeente(), 1, "RAPPORTCIJFER");
        api().body(Map.of("jaar", 2019, "waarde", 10.1, "benchmark", 0.9)).post("/stellingen/" + cijfer + "/metingen")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("waarde", "benchmark"))
                .body("invalidParams.reason", contains(containsString("rapportcijfer"), containsString("rapportcijfer")));
        meting(cijfer, 2019, "10.0", "1.0");
        api().body(Map.of("jaar", 2023, "waarde", 10.5)).post("/stellingen/" + cijfer + "/doelen").then()
                .statusCode(400).body("invalidParams.name", contains("waarde"));
    }

    @Test
    void oneMeasurementAndOneTargetPerYear() {
        String stelling = stelling(TestData.nieuweGemeente(), 1, "PERCENTAGE");
        meting(stelling, 2019, "16.0", null);
        api().body(Map.of("jaar", 2019, "waarde", 17)).post("/stellingen/" + stelling + "/metingen").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("2019"));
        doel(stelling, 2023, "30.0");
        api().body(Map.of("jaar", 2023, "waarde", 31)).post("/stellingen/" + stelling + "/doelen").then()
                .statusCode(409);
    }

    @Test
    void measurementsAndTargetsChangeOnlyWithTheCurrentVersion() {
        String stelling = stelling(TestData.nieuweGemeente(), 1, "PERCENTAGE");
        String meting = meting(stelling, 2019, "16.0", "29.0");
        String pad = "/stellingen/" + stelling + "/metingen/" + meting;
        Map<String, Object> body = Map.of("jaar", 2019, "waarde", 17.5, "benchmark", 29);
        api().body(body).put(pad).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"4\"").body(body).put(pad).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put(pad).then().statusCode(200)
                .body("waarde", equalTo(17.5f)).body("verschilMetBenchmark", equalTo(-11.5f));
        api().delete(pad).then().statusCode(428);
        api().header("If-Match", "\"0\"").delete(pad).then().statusCode(412);
        api().header("If-Match", "\"1\"").delete(pad).then().statusCode(204);
        api().header("If-Match", "\"1\"").body(body).put(pad).then().statusCode(404);

        String doel = doel(stelling, 2023, "30.0");
        String doelPad = "/stellingen/" + stelling + "/doelen/" + doel;
        api().body(Map.of("jaar", 2023, "waarde", 32)).put(doelPad).then().statusCode(428);
        api().header("If-Match", "\"0\"").body(Map.of("jaar", 2023, "waarde", 32)).put(doelPad).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("waarde", equalTo(32.0f));
        api().get("/stellingen/" + stelling + "/doelen").then().statusCode(200).body("items.waarde", contains(32.0f));
        api().header("If-Match", "\"0\"").delete(doelPad).then().statusCode(412);
        api().header("If-Match", "\"1\"").delete(doelPad).then().statusCode(204);
    }

    /** Every part that can be changed can be read, with the ETag a change needs (issue 13). */
    @Test
    void theLocationOfANewMeasurementOrTargetAnswersItWithItsETag() {
        String gemeente = TestData.nieuweGemeente();
        String stelling = stelling(gemeente, 1, "PERCENTAGE");
        String andere = stelling(gemeente, 2, "PERCENTAGE");
        for (String soort : List.of("metingen", "doelen")) {
            String location = api().body(Map.of("jaar", 2020, "waarde", 21.5)).post("/stellingen/" + stelling + "/" + soort)
                    .then().statusCode(201).extract().header("Location");
            String pad = location.substring(location.indexOf("/api/v1") + "/api/v1".length());
            api(Aanroeper.ANONIEM).get(pad).then().statusCode(200).header("ETag", equalTo("\"0\""))
                    .body("jaar", equalTo(2020)).body("waarde", equalTo(21.5f));
            api().header("If-Match", "\"0\"").body(Map.of("jaar", 2020, "waarde", 22)).put(pad).then().statusCode(200);
            api().get(pad).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("waarde", equalTo(22.0f));
            api().get(pad.replace(stelling, andere)).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void measurementsBelongToTheirStelling() {
        String gemeente = TestData.nieuweGemeente();
        String een = stelling(gemeente, 1, "PERCENTAGE");
        String twee = stelling(gemeente, 2, "PERCENTAGE");
        String meting = meting(een, 2019, "16.0", null);
        api().header("If-Match", "\"0\"").body(Map.of("jaar", 2019, "waarde", 1))
                .put("/stellingen/" + twee + "/metingen/" + meting).then().statusCode(404);
        api().get("/stellingen/00000000-0000-0000-0000-000000000009/metingen").then().statusCode(404)
                .contentType("application/problem+json");
        api().body(Map.of("jaar", 2019, "waarde", 1)).post("/stellingen/00000000-0000-0000-0000-000000000009/doelen")
                .then().statusCode(404);
        api().get("/stellingen/00000000-0000-0000-0000-000000000009/voortgang").then().statusCode(404);
    }

    @Test
    void stellingenAreRegisteredWithEveryInvalidFieldReported() {
        String gemeente = TestData.nieuweGemeente();
        String id = api().body(Map.of("gemeente", gemeente, "nummer", 1, "tekst", "Gemeente luistert", "eenheid", "PERCENTAGE"))
                .post("/stellingen").then().statusCode(201)
                .header("Location", containsString("/api/v1/stellingen/"))
                .header("ETag", equalTo("\"0\""))
                .body("eenheid", equalTo("PERCENTAGE")).extract().path("id");
        api().get("/stellingen/" + id).then().statusCode(200).body("tekst", equalTo("Gemeente luistert"));

        Map<String, Object> fout = new HashMap<>();
        fout.put("gemeente", "Buren");
        fout.put("nummer", 0);
        fout.put("tekst", " ");
        fout.put("eenheid", "PROMILLE");
        api().body(fout).post("/stellingen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("gemeente", "nummer", "tekst", "eenheid"))
                .body("invalidParams.code", containsInAnyOrder("pattern", "min", "required", "enum"));
        api().body(Map.of("gemeente", gemeente, "nummer", 1, "tekst", "Nog een", "eenheid", "PERCENTAGE"))
                .post("/stellingen").then().statusCode(409).body("detail", containsString("nummer 1"));
        api().get("/stellingen/00000000-0000-0000-0000-000000000008").then().statusCode(404);
    }

    @Test
    void aStellingKeepsItsGemeenteAndEenheid() {
        String gemeente = TestData.nieuweGemeente();
        String id = stelling(gemeente, 1, "PERCENTAGE");
        stelling(gemeente, 2, "PERCENTAGE");
        Map<String, Object> body = Map.of("gemeente", gemeente, "nummer", 3, "tekst", "Nieuwe tekst", "eenheid", "PERCENTAGE");
        api().body(body).put("/stellingen/" + id).then().statusCode(428);
        api().header("If-Match", "\"2\"").body(body).put("/stellingen/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put("/stellingen/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("nummer", equalTo(3)).body("tekst", equalTo("Nieuwe tekst"));
        api().header("If-Match", "\"1\"").body(Map.of("gemeente", gemeente, "nummer", 2, "tekst", "X", "eenheid", "PERCENTAGE"))
                .put("/stellingen/" + id).then().statusCode(409);
        api().header("If-Match", "\"1\"")
                .body(Map.of("gemeente", TestData.nieuweGemeente(), "nummer", 3, "tekst", "X", "eenheid", "RAPPORTCIJFER"))
                .put("/stellingen/" + id).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "eenheid"))
                .body("invalidParams.code", contains("immutable", "immutable"));
        api().queryParam("gemeente", gemeente).get("/stellingen").then().body("items.nummer", contains(2, 3));
    }

    @Test
    void theOverviewOfAnUnknownGemeenteIsNotFound() {
        api().get("/burgerpeiling-overzichten/" + TestData.nieuweGemeente()).then().statusCode(404)
                .contentType("application/problem+json");
        api().get("/burgerpeiling-overzichten/Buren").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("gemeente"));
    }

    private static String stelling(String gemeente, int nummer, String eenheid) {
        return api().body(Map.of("gemeente", gemeente, "nummer", nummer, "tekst", "Stelling " + nummer, "eenheid", eenheid))
                .post("/stellingen").then().statusCode(201).extract().path("id");
    }

    private static String meting(String stelling, int jaar, String waarde, String benchmark) {
        Map<String, Object> body = new HashMap<>();
        body.put("jaar", jaar);
        body.put("waarde", new java.math.BigDecimal(waarde));
        if (benchmark != null) {
            body.put("benchmark", new java.math.BigDecimal(benchmark));
        }
        return api().body(body).post("/stellingen/" + stelling + "/metingen").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).extract().path("id");
    }

    private static String doel(String stelling, int jaar, String waarde) {
        return api().body(Map.of("jaar", jaar, "waarde", new java.math.BigDecimal(waarde)))
                .post("/stellingen/" + stelling + "/doelen").then().statusCode(201).extract().path("id");
    }
}
