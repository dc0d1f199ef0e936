package nl.participatiesuite.assessment.notificaties;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import nl.participatiesuite.apirules.notificaties.Handtekening;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.assessment.support.ApiTest;
import nl.participatiesuite.assessment.support.PeerStubs;
import nl.participatiesuite.assessment.support.TestData;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 inside the suite: the evaluation-service tells the assessment-service of a new report, and the next
 * computation orders the werkvormen by it, without a call to the evaluation-service on its way and without waiting for
 * the time-based refresh (off in tests). A notification that is not signed with this service's secret changes nothing.
 */
@QuarkusTest
class NotificatieOntvangstTest extends ApiTest {

    private static final Duration BEGRENZING = Duration.ofSeconds(20);

    @ConfigProperty(name = "suite.ontvangen.geheim")
    String geheim;

    private static ValidatableResponse bereken(String gemeente) {
        return api(Aanroeper.ANONIEM).body(TestData.sportveldjes(gemeente)).post("/beoordelingen/_bereken").then().statusCode(200);
    }

    private static byte[] evaluatieGemaakt(String gemeente) {
        return ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"urn:nld:participatie-suite:evaluation-service\","
                + "\"type\":\"nl.participatiesuite.evaluaties.create\",\"subject\":\"" + UUID.randomUUID() + "\","
                + "\"time\":\"2026-05-01T09:30:00Z\",\"datacontenttype\":\"application/json\",\"dataref\":\"http://e/x\","
                + "\"sequence\":\"00000000000000000007\",\"data\":{\"kanaal\":\"evaluaties\",\"hoofdObject\":\"http://e/x\","
                + "\"resource\":\"evaluatie\",\"resourceUrl\":\"http://e/x\",\"actie\":\"create\",\"aanmaakdatum\":\"2026-05-01T09:30:00Z\","
                + "\"kenmerken\":{\"gemeente\":\"" + gemeente + "\",\"kernen\":[]}}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNewReportReachesTheNextComputationThroughItsNotification() {
        String gemeente = TestData.nieuweGemeente();
        PeerStubs.effectiviteit(gemeente, "DORP_WIJK", "Versnellingskamer", "4.50", 10);
        bereken(gemeente).body("uitkomst.stap4.werkvormen[0].naam", equalTo("Versnellingskamer"));
        PeerStubs.effectiviteit(gemeente, "DORP_WIJK", "Online atelier", "5.00", 1);
        bereken(gemeente).body("uitkomst.stap4.werkvormen[0].naam", equalTo("Versnellingskamer"));

        byte[] body = evaluatieGemaakt(gemeente);
        raw(Aanroeper.ANONIEM).contentType("application/cloudevents+json").header(Handtekening.HEADER, Handtekening.van(body, geheim))
                .body(body).post("/notificaties").then().statusCode(204);

        // The refresh runs in the background (every replica hears of it through PostgreSQL's NOTIFY): bounded polling.
        long einde = System.nanoTime() + BEGRENZING.toNanos();
        String eerste = "";
        while (!eerste.equals("Online atelier") && System.nanoTime() < einde) {
            eerste = bereken(gemeente).extract().path("uitkomst.stap4.werkvormen[0].naam");
        }
        bereken(gemeente).body("uitkomst.stap4.werkvormen[0].naam", equalTo("Online atelier"))
                .body("werkvormEffectiviteit.status", equalTo("ACTUEEL"));
    }

    @Test
    void aNotificationWithoutTheRightSignatureIsRefused() {
        byte[] body = evaluatieGemaakt("GM0214");
        raw(Aanroeper.ANONIEM).contentType("application/cloudevents+json")
                .header(Handtekening.HEADER, Handtekening.van(body, "een-ander-geheim-van-minstens-32-tekens"))
                .body(body).post("/notificaties").then().statusCode(403)
                .contentType("application/problem+json");
        raw(Aanroeper.ANONIEM).contentType("application/cloudevents+json").body(body).post("/notificaties").then().statusCode(403);
    }
}
