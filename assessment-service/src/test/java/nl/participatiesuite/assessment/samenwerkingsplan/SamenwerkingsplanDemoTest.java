package nl.participatiesuite.assessment.samenwerkingsplan;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.dokument.PdfAControle;
import nl.participatiesuite.apirules.dokument.PdfTekst;
import nl.participatiesuite.apirules.dokument.Schermafdruk;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.PeerStubs;
import nl.participatiesuite.assessment.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The samenwerkingsplan of the README tour's plan (plan.json at the repository root, Buren's sportveldjes) with the
 * planning the tour puts: all three representations work for it, and with {@code -Ddocumenten.schermafdrukken=...}
 * page 1 becomes docs/samenwerkingsplan.png.
 */
@QuarkusTest
class SamenwerkingsplanDemoTest extends ApiTest {

    static final Path TOUR = Path.of("..", "plan.json");
    static final Path PLANNING = Path.of("..", "docs", "planning.json");

    @Test
    void hetPlanVanDeTourInAlleDrieDeVormen() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> plan = new LinkedHashMap<>(json.readValue(Files.readString(TOUR), new TypeReference<>() {
        }));
        // Buren, as in the tour (and the picture in the README); the test publishes no rule set for it.
        String gemeente = (String) plan.get("gemeente");
        Aanroeper.werkIn(gemeente);
        plan.remove("initiatiefId");
        plan.put("kernId", PeerStubs.kern(gemeente, "Maurik",
                new String[] {"Kernambtenaar Maurik", "kernambtenaar.maurik@buren.example", "14 0344"}).toString());
        String id = TestData.nieuweBeoordeling(plan);
        Map<String, Object> planning = json.readValue(Files.readString(PLANNING), new TypeReference<>() {
        });
        api().header("If-Match", "\"0\"").body(planning).put("/beoordelingen/" + id + "/planning").then().statusCode(200);

        String pad = "/beoordelingen/" + id + "/samenwerkingsplan";
        api(Aanroeper.raadpleger(gemeente)).accept("application/json").get(pad).then().statusCode(200)
                .body("planning.activiteiten.size()", equalTo(3));
        api(Aanroeper.raadpleger(gemeente)).accept("text/html").get(pad).then().statusCode(200)
                .contentType(startsWith("text/html"));
        byte[] pdf = api(Aanroeper.raadpleger(gemeente)).accept("application/pdf").get(pad).then().statusCode(200)
                .extract().asByteArray();
        assertEquals(List.of(), PdfAControle.overtredingen(pdf));
        assertTrue(PdfTekst.geheel(pdf).contains("3 sportveldjes realiseren"));
        Schermafdruk.eerstePagina(pdf, "samenwerkingsplan");
    }
}
