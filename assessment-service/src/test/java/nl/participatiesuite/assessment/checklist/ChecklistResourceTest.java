package nl.participatiesuite.assessment.checklist;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChecklistResourceTest extends ApiTest {

    private static final String VRAAG = "stappen.flatten().collectMany { it.vragen }.find { it.sleutel == '%s' }.";

    @Test
    void eenPlanVanDeGemeenteKrijgtDeHandreikingInwonersparticipatie() {
        String id = TestData.nieuweBeoordeling(TestData.sportveldjes(TestData.nieuweGemeente()));
        api().get("/beoordelingen/" + id + "/checklist").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("beoordelingId", equalTo(id))
                .body("handreiking", equalTo("INWONERSPARTICIPATIE"))
                .body("stappen", hasSize(6))
                .body("stappen.titel", contains("Afweging aan de voorkant", "Bepalen van betrokkenen",
                        "Niveau van participatie", "Maak een communicatieplan", "Inzet van participatiemiddelen",
                        "Evalueer en leer"))
                .body(String.format(VRAAG, "afwegingRuimte") + "status", equalTo("BEANTWOORD"))
                .body(String.format(VRAAG, "afwegingRuimte") + "bron", equalTo("BEREKEND"))
                .body(String.format(VRAAG, "afwegingRuimte") + "antwoord", equalTo("Ja."))
                .body(String.format(VRAAG, "niveauParticipatie") + "antwoord", containsString("MEEDOEN"))
                .body(String.format(VRAAG, "communicatieKalender") + "status", equalTo("OPEN"))
                .body("stappen[3].status", equalTo("OPEN"))
                .body("stappen[2].status", equalTo("BEANTWOORD"))
                .body("stappen[0].status", equalTo("DEELS_BEANTWOORD"));
    }

    @Test
    void eenInitiatiefUitDeSamenlevingKrijgtDeHandreikingOverheidsparticipatie() {
        String id = TestData.nieuweBeoordeling(TestData.buurtinitiatief(TestData.nieuweGemeente()));
        api().get("/beoordelingen/" + id + "/checklist").then().statusCode(200)
                .body("handreiking", equalTo("OVERHEIDSPARTICIPATIE"))
                .body("stappen", hasSize(5))
                .body("stappen[0].titel", equalTo("Ken de geschiedenis"))
                .body(String.format(VRAAG, "rolKeuze") + "antwoord", containsString("FACILITEREN"))
                .body(String.format(VRAAG, "geschiedenisAanleiding") + "status", equalTo("OPEN"));
    }

    @Test
    void hetTeamVultAanMetDeVersieVanDeBeoordeling() {
        String id = TestData.nieuweBeoordeling(TestData.sportveldjes(TestData.nieuweGemeente()));
        String pad = "/beoordelingen/" + id + "/checklist";
        Map<String, Object> antwoorden = Map.of("antwoorden", Map.of(
                "communicatieKernboodschappen", "Meer bewegen, veilig spelen.",
                "communicatieKalender", "Bewonersavond in maart, nieuwsbrief per kwartaal."));

        api().body(antwoorden).patch(pad).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"3\"").body(antwoorden).patch(pad).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(antwoorden).patch(pad).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("stappen[3].status", equalTo("BEANTWOORD"))
                .body(String.format(VRAAG, "communicatieKalender") + "bron", equalTo("GEBRUIKER"))
                .body(String.format(VRAAG, "communicatieKalender") + "antwoord",
                        equalTo("Bewonersavond in maart, nieuwsbrief per kwartaal."));
        api().get("/beoordelingen/" + id).then().header("ETag", equalTo("\"1\""));

        Map<String, String> wissen = new HashMap<>();
        wissen.put("communicatieKalender", "");
        wissen.put("afwegingRuimte", "Ja, de locaties liggen nog niet vast.");
        api().header("If-Match", "\"1\"").body(Map.of("antwoorden", wissen)).patch(pad).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("stappen[3].status", equalTo("DEELS_BEANTWOORD"))
                .body(String.format(VRAAG, "communicatieKalender") + "antwoord", nullValue())
                .body(String.format(VRAAG, "afwegingRuimte") + "bron", equalTo("GEBRUIKER"));
    }

    /** {@code If-Match: *} ("whatever is there") names no version: it is the lost update If-Match prevents. */
    @Test
    void ifMatchSterIsGeenVersieEnVerandertNiets() {
        String id = TestData.nieuweBeoordeling(TestData.sportveldjes(TestData.nieuweGemeente()));
        String pad = "/beoordelingen/" + id + "/checklist";

        api().header("If-Match", "*").body(Map.of("antwoorden", Map.of("communicatieKalender", "Bewonersavond in maart.")))
                .patch(pad).then().statusCode(428)
                .contentType("application/problem+json")
                .body("status", equalTo(428))
                .body("detail", containsString("If-Match"));
        api().get(pad).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body(String.format(VRAAG, "communicatieKalender") + "status", equalTo("OPEN"));
    }

    @Test
    void onbekendeSleutelsWordenElkGenoemd() {
        String id = TestData.nieuweBeoordeling(TestData.sportveldjes(TestData.nieuweGemeente()));
        String pad = "/beoordelingen/" + id + "/checklist";
        api().header("If-Match", "\"0\"")
                .body(Map.of("antwoorden", Map.of("zonnepanelen", "x", "bestaatNiet", "y", "communicatieKalender", "z")))
                .patch(pad).then().statusCode(400)
                .body("invalidParams.name", contains("antwoorden.bestaatNiet", "antwoorden.zonnepanelen"))
                .body("invalidParams[0].code", equalTo("unexpected"));
        api().header("If-Match", "\"0\"").body(Map.of("antwoorden", Map.of("communicatieKalender", "x".repeat(4001))))
                .patch(pad).then().statusCode(400)
                .body("invalidParams.name", contains("antwoorden.communicatieKalender"));
        api().header("If-Match", "\"0\"").body(Map.of()).patch(pad).then().statusCode(400)
                .body("invalidParams.name", contains("antwoorden"));
        api().get(pad).then().header("ETag", equalTo("\"0\""))
                .body(String.format(VRAAG, "communicatieKalender") + "status", equalTo("OPEN"));
    }

    @Test
    void onbekendeBeoordelingIs404() {
        String pad = "/beoordelingen/" + UUID.randomUUID() + "/checklist";
        api().get(pad).then().statusCode(404).contentType("application/problem+json");
        api().header("If-Match", "\"0\"").body(Map.of("antwoorden", Map.of())).patch(pad).then().statusCode(404);
    }
}
