package nl.participatiesuite.evaluation.les;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LesResourceTest extends ApiTest {

    private final String gemeente = TestData.nieuweGemeente();
    private final UUID zoelen = UUID.randomUUID();
    private final UUID ingen = UUID.randomUUID();

    /** Two reports in Zoelen (one also in Ingen), with lessons on the themes verkeer and groen. */
    private List<String> verslagen() {
        Map<String, Object> a = TestData.verslag(PeerStubs.initiatief(gemeente, "Oversteek", zoelen, ingen));
        a.put("themas", List.of("Verkeer"));
        a.put("succesfactoren", List.of(Map.of("tekst", "Snel schakelen")));
        a.put("leerpunten", List.of(Map.of("tekst", "Eerder de school betrekken", "inRegels", true),
                Map.of("tekst", "Snelheid meten vooraf")));
        a.put("knelpunten", List.of(Map.of("tekst", "Provinciale weg")));
        String idA = TestData.nieuwVerslag(a);
        Map<String, Object> b = TestData.verslag(PeerStubs.initiatief(gemeente, "Plantsoen", zoelen));
        b.put("themas", List.of("groen", "verkeer"));
        b.put("knelpunten", List.of(Map.of("tekst", "Onderhoud onduidelijk")));
        String idB = TestData.nieuwVerslag(b);
        return List.of(idA, idB);
    }

    @Test
    void lessonsPerKernCountLeerpuntenAndKnelpunten() {
        verslagen();
        api().queryParam("gemeente", gemeente).get("/lessen/per-kern").then().statusCode(200)
                .body("gemeente", equalTo(gemeente))
                .body("kernen.kernId", contains(zoelen.toString(), ingen.toString()))
                .body("kernen[0].lessen.aantalEvaluaties", equalTo(2))
                .body("kernen[0].lessen.aantalLeerpunten", equalTo(2))
                .body("kernen[0].lessen.aantalKnelpunten", equalTo(2))
                .body("kernen[0].lessen.aantalNogNietInRegels", equalTo(3))
                .body("kernen[1].lessen.aantalEvaluaties", equalTo(1))
                .body("kernen[1].lessen.aantalKnelpunten", equalTo(1));
    }

    @Test
    void lessonsPerThemeGroupWithoutRegardToCapitals() {
        verslagen();
        api().queryParam("gemeente", gemeente).get("/lessen/per-thema").then().statusCode(200)
                .body("themas.thema", contains("verkeer", "groen"))
                .body("themas[0].lessen.aantalEvaluaties", equalTo(2))
                .body("themas[0].lessen.aantalLeerpunten", equalTo(2))
                .body("themas[0].lessen.aantalKnelpunten", equalTo(2))
                .body("themas[1].lessen.aantalKnelpunten", equalTo(1));
        String zonderVerslagen = TestData.nieuweGemeente();
        api().queryParam("gemeente", zonderVerslagen).get("/lessen/per-thema").then().statusCode(200)
                .body("themas", empty());
    }

    @Test
    void theLessonsThemselvesFilterOnKernThemeSoortAndInRegels() {
        List<String> ids = verslagen();
        api().queryParam("gemeente", gemeente).get("/lessen").then().statusCode(200)
                .header("X-Total-Count", equalTo("4"))
                .body("items.tekst", contains("Onderhoud onduidelijk", "Eerder de school betrekken",
                        "Snelheid meten vooraf", "Provinciale weg"))
                .body("items[0].evaluatieId", equalTo(ids.get(1)))
                .body("items[0].soort", equalTo("KNELPUNT"))
                .body("items[0].themas", contains("groen", "verkeer"));
        api().queryParam("gemeente", gemeente).queryParam("kern", ingen.toString()).get("/lessen").then()
                .body("items.evaluatieId", org.hamcrest.Matchers.everyItem(equalTo(ids.get(0))))
                .body("totalItems", equalTo(3));
        api().queryParam("gemeente", gemeente).queryParam("thema", "GROEN").get("/lessen").then()
                .body("items.tekst", contains("Onderhoud onduidelijk"));
        api().queryParam("gemeente", gemeente).queryParam("soort", "LEERPUNT").queryParam("inRegels", false)
                .get("/lessen").then().body("items.tekst", contains("Snelheid meten vooraf"));
        api().queryParam("gemeente", gemeente).queryParam("soort", "SUCCESFACTOR").get("/lessen").then()
                .body("items.tekst", contains("Snel schakelen"));
        api().queryParam("gemeente", gemeente).queryParam("pageSize", 3).queryParam("page", 2).get("/lessen").then()
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"prev\""))
                .body("items.tekst", contains("Provinciale weg"));
    }

    /**
     * The lessons come from reports that were not shared too: they are for the gemeente's own raadplegers, not
     * public (domain.md §4), and never for another gemeente.
     */
    @Test
    void lessonsAreForTheOwnGemeenteOnly() {
        verslagen();
        for (String pad : List.of("/lessen", "/lessen/per-kern", "/lessen/per-thema")) {
            api(Aanroeper.raadpleger(gemeente)).queryParam("gemeente", gemeente).get(pad).then().statusCode(200);
            api(Aanroeper.ANONIEM).queryParam("gemeente", gemeente).get(pad).then().statusCode(401)
                    .contentType("application/problem+json");
            api(Aanroeper.beheerder("GM0998")).queryParam("gemeente", gemeente).get(pad).then().statusCode(403)
                    .contentType("application/problem+json").body("type", containsString("andere-gemeente"));
        }
        api(Aanroeper.raadpleger(gemeente)).queryParam("gemeente", gemeente).get("/lessen").then()
                .body("totalItems", equalTo(4));
    }

    @Test
    void gemeenteIsRequiredAndEveryBadParameterIsNamed() {
        api().queryParam("soort", "LES").queryParam("pageSize", 500).get("/lessen").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("gemeente", "soort", "pageSize"));
        api().get("/lessen/per-kern").then().statusCode(400).body("invalidParams.name", contains("gemeente"));
        api().queryParam("gemeente", "x").get("/lessen/per-thema").then().statusCode(400)
                .body("invalidParams.code", contains("pattern"));
    }
}
