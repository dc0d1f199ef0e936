package nl.participatiesuite.assessment.traject;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrajectResourceTest extends ApiTest {

    @Test
    void eenTrajectBegintBijStap1() {
        String gemeente = TestData.nieuweGemeente();
        String id = api().body(Map.of("gemeente", gemeente, "naam", "Regionale samenwerking sociaal domein",
                        "omschrijving", "Samen met de buurgemeenten", "partners", List.of("Gemeente Culemborg", "Gemeente Tiel")))
                .post("/samenwerkingstrajecten").then().statusCode(201)
                .header("Location", containsString("/api/v1/samenwerkingstrajecten/"))
                .header("ETag", equalTo("\"0\""))
                .body("huidigeStap.nummer", equalTo(1))
                .body("huidigeStap.titel", equalTo("Context en probleem"))
                .body("huidigeFase.code", equalTo("VERKENNING"))
                .body("huidigeFase.titel", equalTo("Verkenning"))
                .body("faseKanWordenVerlaten", equalTo(false))
                .body("stappen", hasSize(16))
                .body("stappen[4].fase", equalTo("INTENTIE"))
                .body("stappen[15].titel", equalTo("Monitoren en evalueren"))
                .body("stappen[15].fase", equalTo("IN_BEDRIJF"))
                .body("partners", contains("Gemeente Culemborg", "Gemeente Tiel"))
                .body("terugkoppelingen", empty())
                .extract().path("id");
        api().get("/samenwerkingstrajecten/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("naam", equalTo("Regionale samenwerking sociaal domein"));
        api().queryParam("gemeente", gemeente).get("/samenwerkingstrajecten").then().statusCode(200)
                .body("items.id", contains(id));
        api().get("/samenwerkingstrajecten/" + UUID.randomUUID()).then().statusCode(404);
        api().queryParam("gemeente", "Buren").get("/samenwerkingstrajecten").then().statusCode(400);
    }

    @Test
    void ongeldigTrajectNoemtElkVeld() {
        Map<String, Object> body = new HashMap<>();
        body.put("gemeente", "Buren");
        body.put("naam", " ");
        body.put("partners", List.of("", "Tiel"));
        api().body(body).post("/samenwerkingstrajecten").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "naam", "partners[0]"));
    }

    @Test
    void eenFaseVerlatenVraagtEenVolledigeTerugkoppeling() {
        String id = nieuwTraject();
        String overgangen = "/samenwerkingstrajecten/" + id + "/overgangen";
        for (int stap = 2; stap <= 4; stap++) {
            api().body(naar(stap)).post(overgangen).then().statusCode(200).body("huidigeStap.nummer", equalTo(stap));
        }
        api().body(naar(5)).post(overgangen).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/terugkoppeling-ontbreekt"))
                .body("detail", containsString("Verkenning"));

        String terugkoppelingen = "/samenwerkingstrajecten/" + id + "/terugkoppelingen";
        api().body(Map.of()).post(terugkoppelingen).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("collegeGerapporteerdOp", "raadKadersVastgesteldOp"));
        api().body(Map.of("collegeGerapporteerdOp", "2999-01-01", "raadKadersVastgesteldOp", "2999-02-01"))
                .post(terugkoppelingen).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("collegeGerapporteerdOp", "raadKadersVastgesteldOp"));
        api().body(Map.of("collegeGerapporteerdOp", "2024-03-04", "toelichting", "Raadsinformatiebrief"))
                .post(terugkoppelingen).then().statusCode(200)
                .body("terugkoppelingen[0].fase", equalTo("VERKENNING"))
                .body("terugkoppelingen[0].collegeGerapporteerdOp", equalTo("2024-03-04"))
                .body("terugkoppelingen[0].raadKadersVastgesteldOp", nullValue())
                .body("terugkoppelingen[0].volledig", equalTo(false))
                .body("faseKanWordenVerlaten", equalTo(false));
        api().body(naar(5)).post(overgangen).then().statusCode(409).body("type", endsWith("/terugkoppeling-ontbreekt"));
        api().body(Map.of("raadKadersVastgesteldOp", "2024-03-28")).post(terugkoppelingen).then().statusCode(200)
                .body("terugkoppelingen[0].collegeGerapporteerdOp", equalTo("2024-03-04"))
                .body("terugkoppelingen[0].raadKadersVastgesteldOp", equalTo("2024-03-28"))
                .body("terugkoppelingen[0].toelichting", equalTo("Raadsinformatiebrief"))
                .body("terugkoppelingen[0].volledig", equalTo(true))
                .body("faseKanWordenVerlaten", equalTo(true));
        api().body(naar(5)).post(overgangen).then().statusCode(200)
                .body("huidigeStap.nummer", equalTo(5)).body("huidigeFase.code", equalTo("INTENTIE"))
                .body("faseKanWordenVerlaten", equalTo(false));
    }

    @Test
    void terugNaarEenEerdereFaseVraagtEenRedenEnLaatDeTerugkoppelingVervallen() {
        String id = trajectInFase2();
        String gemeente = Aanroeper.testGemeente();
        String overgangen = "/samenwerkingstrajecten/" + id + "/overgangen";
        api().body(naar(2)).post(overgangen).then().statusCode(409).body("type", endsWith("/reden-vereist"));
        Map<String, Object> terug = new HashMap<>(naar(2));
        terug.put("reden", "Een partner haakt af; de afbakening moet opnieuw.");
        api().body(terug).post(overgangen).then().statusCode(200)
                .body("huidigeStap.nummer", equalTo(2)).body("huidigeFase.code", equalTo("VERKENNING"))
                .body("terugkoppelingen", empty());

        api().get(overgangen).then().statusCode(200)
                .body("items.volgnummer", contains(1, 2, 3, 4, 5))
                .body("items.naar.nummer", contains(2, 3, 4, 5, 2))
                .body("items[3].van.nummer", equalTo(4))
                .body("items[3].vervallenTerugkoppelingen", empty())
                .body("items[4].reden", equalTo("Een partner haakt af; de afbakening moet opnieuw."))
                // The actor is the caller's token: its name and subject.
                .body("items[4].actor", equalTo("Test beheerder-" + gemeente + " (beheerder-" + gemeente + ")"))
                .body("items[4].vervallenTerugkoppelingen[0].fase", equalTo("VERKENNING"))
                .body("items[4].vervallenTerugkoppelingen[0].raadKadersVastgesteldOp", equalTo("2024-03-28"));
        api().queryParam("pageSize", 2).queryParam("page", 3).get(overgangen).then().statusCode(200)
                .body("items.volgnummer", contains(5)).header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void geweigerdeEnOngeldigeOvergangen() {
        String id = nieuwTraject();
        String overgangen = "/samenwerkingstrajecten/" + id + "/overgangen";
        api().body(naar(3)).post(overgangen).then().statusCode(409).body("type", endsWith("/ongeldige-stap"));
        api().body(naar(1)).post(overgangen).then().statusCode(409).body("type", endsWith("/ongeldige-stap"));
        api().body(Map.of("naarStap", 17)).post(overgangen).then().statusCode(400)
                .body("invalidParams.name", contains("naarStap"));
        // Who makes the move comes from the token; a body that names an actor is refused like any unknown field.
        api().body(Map.of("naarStap", 2, "actor", "projectleider")).post(overgangen).then().statusCode(400)
                .body("invalidParams.name", contains("actor"))
                .body("invalidParams[0].code", equalTo("unexpected"));
        api().body(naar(2)).post("/samenwerkingstrajecten/" + UUID.randomUUID() + "/overgangen").then().statusCode(404);
        api().get("/samenwerkingstrajecten/" + UUID.randomUUID() + "/overgangen").then().statusCode(404);
        api().get(overgangen).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void eenMeegegevenIfMatchMoetDeHuidigeVersieNoemen() {
        String id = nieuwTraject();
        String overgangen = "/samenwerkingstrajecten/" + id + "/overgangen";
        api().header("If-Match", "\"7\"").body(naar(2)).post(overgangen).then().statusCode(412)
                .contentType("application/problem+json");
        api().header("If-Match", "\"0\"").body(naar(2)).post(overgangen).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        api().header("If-Match", "\"0\"").body(Map.of("collegeGerapporteerdOp", "2024-03-04"))
                .post("/samenwerkingstrajecten/" + id + "/terugkoppelingen").then().statusCode(412);
        api().header("If-Match", "\"1\"").body(Map.of("collegeGerapporteerdOp", "2024-03-04"))
                .post("/samenwerkingstrajecten/" + id + "/terugkoppelingen").then().statusCode(200)
                .header("ETag", equalTo("\"2\""));
    }

    /** Free text is normalised before the BINNO rules see it: Unicode spaces are blank, blank is absent. */
    @Test
    void blancoTekstIsLeegOokMetUnicodeSpaties() {
        String gemeente = TestData.nieuweGemeente();
        String id = api().body(Map.of("gemeente", gemeente, "naam", " Regionale samenwerking\u2007",
                        "omschrijving", "\u00a0\u202f", "partners", List.of(" Gemeente Tiel\u00a0")))
                .post("/samenwerkingstrajecten").then().statusCode(201)
                .body("naam", equalTo("Regionale samenwerking"))
                .body("omschrijving", nullValue())
                .body("partners", contains("Gemeente Tiel"))
                .extract().path("id");
        String overgangen = "/samenwerkingstrajecten/" + id + "/overgangen";
        api().body(Map.of("naarStap", 2)).post(overgangen).then().statusCode(200);
        api().get(overgangen).then().body("items[0].actor", equalTo("Test beheerder-" + gemeente + " (beheerder-" + gemeente + ")"));

        String terug = trajectInFase2();
        String terugOvergangen = "/samenwerkingstrajecten/" + terug + "/overgangen";
        api().body(Map.of("naarStap", 2, "reden", "\u00a0\u2007 ")).post(terugOvergangen)
                .then().statusCode(409).body("type", endsWith("/reden-vereist"));
        api().body(Map.of("naarStap", 2, "reden", " Een partner haakt af.\u00a0"))
                .post(terugOvergangen).then().statusCode(200);
        api().get(terugOvergangen).then().body("items[4].reden", equalTo("Een partner haakt af."));
        api().body(Map.of("collegeGerapporteerdOp", "2024-05-01", "toelichting", "\u00a0"))
                .post("/samenwerkingstrajecten/" + terug + "/terugkoppelingen").then().statusCode(200)
                .body("terugkoppelingen[0].toelichting", nullValue());
    }

    private static String nieuwTraject() {
        String gemeente = TestData.nieuweGemeente();
        return api().body(Map.of("gemeente", gemeente, "naam", "Samenwerking afvalinzameling"))
                .post("/samenwerkingstrajecten").then().statusCode(201).extract().path("id");
    }

    /** A trajectory that left Verkenning after a complete terugkoppeling and is now at step 5. */
    private static String trajectInFase2() {
        String id = nieuwTraject();
        for (int stap = 2; stap <= 4; stap++) {
            api().body(naar(stap)).post("/samenwerkingstrajecten/" + id + "/overgangen").then().statusCode(200);
        }
        api().body(Map.of("collegeGerapporteerdOp", "2024-03-04", "raadKadersVastgesteldOp", "2024-03-28"))
                .post("/samenwerkingstrajecten/" + id + "/terugkoppelingen").then().statusCode(200);
        api().body(naar(5)).post("/samenwerkingstrajecten/" + id + "/overgangen").then().statusCode(200);
        return id;
    }

    private static Map<String, Object> naar(int stap) {
        return Map.of("naarStap", stap);
    }
}
