package nl.participatiesuite.assessment.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.NotificatiesTest;
import nl.participatiesuite.assessment.support.TestData;

/** Issue 12 in the assessment-service, on its beoordelingen. */
@QuarkusTest
class AssessmentNotificatiesTest extends NotificatiesTest {

    @Override
    protected String kanaal() {
        return "beoordelingen";
    }

    @Override
    protected String nieuweGemeente() {
        return TestData.nieuweGemeente();
    }

    @Override
    protected String maak(String gemeente) {
        return api(Aanroeper.medewerker(gemeente)).body(TestData.buurtinitiatief(gemeente)).post("/beoordelingen")
                .then().statusCode(201).extract().path("id");
    }
}
