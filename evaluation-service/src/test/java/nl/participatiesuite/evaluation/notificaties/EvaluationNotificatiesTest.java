package nl.participatiesuite.evaluation.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.NotificatiesTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;

/** Issue 12 in the evaluation-service, on its evaluaties: the kanaal the assessment-service listens to. */
@QuarkusTest
class EvaluationNotificatiesTest extends NotificatiesTest {

    @Override
    protected String kanaal() {
        return "evaluaties";
    }

    @Override
    protected String nieuweGemeente() {
        return TestData.nieuweGemeente();
    }

    @Override
    protected String maak(String gemeente) {
        Map<String, Object> body = TestData.verslag(PeerStubs.initiatief(gemeente, "Initiatief"));
        return TestData.nieuwVerslag(Aanroeper.medewerker(gemeente), body);
    }
}
