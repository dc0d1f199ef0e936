package nl.participatiesuite.evaluation.leerzaam;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeerzaamVoorbeeldResourceTest extends ApiTest {

    @Test
    void aSharedReportIsReadableWithoutAnyPersonalData() {
        String gemeente = TestData.nieuweGemeente();
        String thema = "thema-" + UUID.randomUUID();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Buurtwinkel");
        PeerStubs.beoordeling(initiatief, "RAADPLEGEN");
        Map<String, Object> body = TestData.verslag(initiatief);
        body.put("gedeeld", true);
        body.put("themas", List.of(thema));
        body.put("opsteller", Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL));
        body.put("deelnemersoordelen", List.of(Map.of("groep", "INWONERS", "score", 6,
                "opmerking", "Mevrouw De Vries van nummer 12 was boos")));
        body.put("leerpunten", List.of(Map.of("tekst", "Begin klein")));
        body.put("werkvormen", List.of(Map.of("werkvorm", "Koffiesessies", "schaal", "STRAAT_BUURT", "waardering", 4)));
        String id = TestData.nieuwVerslag(body);

        // Anonymous callers and other gemeenten: the shareable fields, nothing personal.
        for (Aanroeper buitenstaander : List.of(Aanroeper.ANONIEM, Aanroeper.beheerder("GM0998"))) {
            String lijst = api(buitenstaander).queryParam("thema", thema).get("/leerzame-voorbeelden").then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].id", equalTo(id))
                    .body("items[0].gemeente", equalTo(gemeente))
                    .body("items[0].initiatiefTitel", equalTo("Buurtwinkel"))
                    .body("items[0].leerpunten.tekst", contains("Begin klein"))
                    .body("items[0].deelnemersoordelen[0].score", equalTo(6))
                    .body("items[0].deelnemersoordelen", everyItem(not(hasKey("opmerking"))))
                    .body("items[0]", not(hasKey("opsteller")))
                    .body("items[0]", not(hasKey("initiatiefId")))
                    .body("items[0].participatiebelofte.geplandNiveau", equalTo("RAADPLEGEN"))
                    .body("items[0].participatiebelofte", not(hasKey("beoordelingId")))
                    .extract().asString();
            for (String persoonlijk : List.of(Persoonsgegevens.NAAM, Persoonsgegevens.EMAIL, "De Vries", initiatief.toString())) {
                org.hamcrest.MatcherAssert.assertThat(lijst, not(containsString(persoonlijk)));
            }
            api(buitenstaander).get("/leerzame-voorbeelden/" + id).then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("$", not(hasKey("opsteller")))
                    .body(not(containsString(Persoonsgegevens.NAAM)))
                    .body(not(containsString(Persoonsgegevens.EMAIL)))
                    .body(not(containsString("De Vries")));
        }
        // The gemeente's own raadplegers see who wrote it; the remarks and the ids stay out for everyone.
        api(Aanroeper.raadpleger(gemeente)).get("/leerzame-voorbeelden/" + id).then().statusCode(200)
                .body("opsteller.naam", equalTo(Persoonsgegevens.NAAM))
                .body("opsteller.email", equalTo(Persoonsgegevens.EMAIL))
                .body("deelnemersoordelen", everyItem(not(hasKey("opmerking"))))
                .body("$", not(hasKey("initiatiefId")))
                .body(not(containsString("De Vries")));
        api(Aanroeper.raadpleger(gemeente)).queryParam("thema", thema).get("/leerzame-voorbeelden").then()
                .statusCode(200).body("items[0].opsteller.naam", equalTo(Persoonsgegevens.NAAM));
    }

    @Test
    void aReportThatIsNotSharedDoesNotExistForOthers() {
        UUID initiatief = PeerStubs.initiatief(TestData.nieuweGemeente(), "Niet gedeeld");
        String id = TestData.nieuwVerslag(TestData.verslag(initiatief));
        api().get("/leerzame-voorbeelden/" + id).then().statusCode(404).contentType("application/problem+json");
        api().get("/leerzame-voorbeelden/" + UUID.randomUUID()).then().statusCode(404);
        api().queryParam("pageSize", 100).get("/leerzame-voorbeelden").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void filtersOnGemeenteAndSchaal() {
        String gemeente = TestData.nieuweGemeente();
        String straat = TestData.verslagMetWerkvormen(gemeente, true, "STRAAT_BUURT", "Straatshow", 4);
        String dorp = TestData.verslagMetWerkvormen(gemeente, true, "DORP_WIJK", "Workshop", 4);
        TestData.verslagMetWerkvormen(gemeente, false, "DORP_WIJK", "Workshop", 2);
        api().queryParam("gemeente", gemeente).get("/leerzame-voorbeelden").then().statusCode(200)
                .header("X-Total-Count", equalTo("2"))
                .body("items.id", contains(dorp, straat));
        api().queryParam("gemeente", gemeente).queryParam("schaal", "STRAAT_BUURT").get("/leerzame-voorbeelden").then()
                .body("items.id", contains(straat));
        api().queryParam("gemeente", "GM12").queryParam("schaal", "BUURT").get("/leerzame-voorbeelden").then()
                .statusCode(400).body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("gemeente", "schaal"));
    }
}
