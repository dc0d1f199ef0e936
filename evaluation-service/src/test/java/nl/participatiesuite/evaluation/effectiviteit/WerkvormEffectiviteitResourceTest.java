package nl.participatiesuite.evaluation.effectiviteit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.evaluation.support.ApiTest;
import nl.participatiesuite.evaluation.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * GET /werkvorm-effectiviteit, the contract the assessment-service relies on. Other tests share
 * reports too, so each test rates werkvormen with names only it uses and checks those.
 */
@QuarkusTest
class WerkvormEffectiviteitResourceTest extends ApiTest {

    @Test
    void countsTheOwnReportsAndWhatOtherGemeentenShared() {
        String eigen = TestData.nieuweGemeente();
        String deelt = TestData.nieuweGemeente();
        String deeltNiet = TestData.nieuweGemeente();
        String enquete = "Enquête " + UUID.randomUUID();
        long voor = aantalEvaluaties(eigen, "GEBIED_REGIO");

        TestData.verslagMetWerkvormen(eigen, false, "GEBIED_REGIO", enquete, 4);
        TestData.verslagMetWerkvormen(deelt, true, "GEBIED_REGIO", enquete, 5);
        TestData.verslagMetWerkvormen(deeltNiet, false, "GEBIED_REGIO", enquete, 1);

        effectiviteit(eigen, "GEBIED_REGIO")
                .body("gemeente", equalTo(eigen))
                .body("schaal", equalTo("GEBIED_REGIO"))
                .body("aantalEvaluaties", equalTo((int) voor + 2))
                .body(score(enquete, "gemiddeldeWaardering"), contains(4.5f))
                .body(score(enquete, "aantalBeoordelingen"), contains(2))
                .body(score(enquete, "schaal"), contains("GEBIED_REGIO"));
        // For the gemeente that did not share, its own report counts; the other two are one own, one shared.
        effectiviteit(deeltNiet, "GEBIED_REGIO")
                .body(score(enquete, "gemiddeldeWaardering"), contains(3.0f))
                .body(score(enquete, "aantalBeoordelingen"), contains(2));
    }

    /**
     * Public, for the assessment's anonymous {@code _bereken}: but what a gemeente did not share counts only for
     * its own raadplegers, medewerkers and beheerders, not for anonymous callers or other gemeenten.
     */
    @Test
    void aReportThatIsNotSharedCountsOnlyForItsOwnGemeente() {
        String eigen = TestData.nieuweGemeente();
        String andere = TestData.nieuweGemeente();
        String naam = "Buurtschouw " + UUID.randomUUID();
        TestData.verslagMetWerkvormen(eigen, false, "STRAAT_BUURT", naam, 1);
        TestData.verslagMetWerkvormen(andere, true, "STRAAT_BUURT", naam, 5);

        effectiviteit(Aanroeper.medewerker(eigen), eigen, "STRAAT_BUURT")
                .body(score(naam, "aantalBeoordelingen"), contains(2))
                .body(score(naam, "gemiddeldeWaardering"), contains(3.0f));
        // The assessment's own view, loaded with its service token, which it shows to this gemeente's callers only.
        effectiviteit(Aanroeper.dienst("assessment-service"), eigen, "STRAAT_BUURT")
                .body("gemeente", equalTo(eigen))
                .body(score(naam, "aantalBeoordelingen"), contains(2))
                .body(score(naam, "gemiddeldeWaardering"), contains(3.0f));
        for (Aanroeper buitenstaander : java.util.List.of(Aanroeper.ANONIEM, Aanroeper.raadpleger(andere),
                Aanroeper.beheerder("GM0998"))) {
            effectiviteit(buitenstaander, eigen, "STRAAT_BUURT")
                    .body("gemeente", equalTo(eigen))
                    .body(score(naam, "aantalBeoordelingen"), contains(1))
                    .body(score(naam, "gemiddeldeWaardering"), contains(5.0f));
        }
    }

    @Test
    void bestFirstThenMostRatingsThenName() {
        String gemeente = TestData.nieuweGemeente();
        String suffix = " " + UUID.randomUUID();
        TestData.verslagMetWerkvormen(gemeente, false, "STRAAT_BUURT",
                "Koffiesessies" + suffix, 5, "Bijeenkomst" + suffix, 3, "Videogesprek" + suffix, 4);
        TestData.verslagMetWerkvormen(gemeente, false, "STRAAT_BUURT",
                "Koffiesessies" + suffix, 3, "Bijeenkomst" + suffix, 5, "Videogesprek" + suffix, 4);
        TestData.verslagMetWerkvormen(gemeente, false, "STRAAT_BUURT", "Buurtshow" + suffix, 4);
        effectiviteit(gemeente, "STRAAT_BUURT")
                .body("werkvormen.findAll { it.werkvorm.endsWith('" + suffix + "') }.werkvorm", contains(
                        "Bijeenkomst" + suffix, "Koffiesessies" + suffix, "Videogesprek" + suffix, "Buurtshow" + suffix));
    }

    @Test
    void namesAreGroupedWithoutRegardToCapitals() {
        String gemeente = TestData.nieuweGemeente();
        String naam = "Inwonerspanel " + UUID.randomUUID();
        TestData.verslagMetWerkvormen(gemeente, false, "GEMEENTE", naam, 2);
        TestData.verslagMetWerkvormen(gemeente, false, "GEMEENTE", naam.toLowerCase(), 3);
        effectiviteit(gemeente, "GEMEENTE")
                .body("werkvormen.findAll { it.werkvorm.equalsIgnoreCase('" + naam + "') }.aantalBeoordelingen", contains(2))
                .body("werkvormen.findAll { it.werkvorm.equalsIgnoreCase('" + naam + "') }.gemiddeldeWaardering", contains(2.5f));
    }

    @Test
    void withoutSchaalEveryScaleIsListedSeparately() {
        String gemeente = TestData.nieuweGemeente();
        String naam = "Workshop " + UUID.randomUUID();
        TestData.verslagMetWerkvormen(gemeente, false, "DORP_WIJK", naam, 5);
        TestData.verslagMetWerkvormen(gemeente, false, "GEMEENTE", naam, 2);
        api().queryParam("gemeente", gemeente).get("/werkvorm-effectiviteit").then().statusCode(200)
                .body("$", not(hasKey("schaal")))
                .body(score(naam, "schaal"), contains("DORP_WIJK", "GEMEENTE"))
                .body(score(naam, "gemiddeldeWaardering"), contains(5.0f, 2.0f));
        effectiviteit(gemeente, "GEBIED_REGIO").body(score(naam, "werkvorm"), empty());
    }

    @Test
    void gemeenteIsRequiredAndEveryBadParameterIsNamed() {
        api().get("/werkvorm-effectiviteit").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("gemeente"))
                .body("invalidParams.code", contains("required"));
        api().queryParam("gemeente", "Buren").queryParam("schaal", "WIJK").get("/werkvorm-effectiviteit").then()
                .statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeente", "schaal"))
                .body("invalidParams.code", containsInAnyOrder("pattern", "enum"));
    }

    private static long aantalEvaluaties(String gemeente, String schaal) {
        return ((Number) effectiviteit(gemeente, schaal).extract().path("aantalEvaluaties")).longValue();
    }

    /** As a raadpleger of the gemeente asked about: its own reports count too. */
    private static ValidatableResponse effectiviteit(String gemeente, String schaal) {
        return effectiviteit(Aanroeper.raadpleger(gemeente), gemeente, schaal);
    }

    private static ValidatableResponse effectiviteit(Aanroeper aanroeper, String gemeente, String schaal) {
        return api(aanroeper).queryParam("gemeente", gemeente).queryParam("schaal", schaal).get("/werkvorm-effectiviteit")
                .then().statusCode(200);
    }

    private static String score(String werkvorm, String veld) {
        return "werkvormen.findAll { it.werkvorm == '" + werkvorm + "' }." + veld;
    }
}
