package nl.participatiesuite.registry.peer;

import static nl.participatiesuite.registry.support.UitdaagrechtData.nieuwVerzoek;
import static nl.participatiesuite.registry.support.UitdaagrechtData.overeenkomst;
import static nl.participatiesuite.registry.support.UitdaagrechtData.toegekend;
import static nl.participatiesuite.registry.support.UitdaagrechtData.verzoek;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.PeerStubs;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Operations (CONTRIBUTING.md): a request that reaches a peer is one trace (the W3C traceparent goes along on the
 * REST-client call), and /q/metrics, without a token, shows the HTTP latency histogram and the peer call's
 * fault-tolerance metrics. The api-rules configuration is the same in every service, so one service tests it.
 * <p>
 * The OpenTelemetry SDK is off by default (no collector locally); this profile turns it on, sampling nothing, so
 * no exporter is needed and the propagation alone is tested.
 */
@QuarkusTest
@TestProfile(MetricsEnTracesTest.MetTracing.class)
class MetricsEnTracesTest extends ApiTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String INKOMEND = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    public static class MetTracing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.sampler", "always_off");
        }
    }

    @Inject
    Klok klok;

    /** A request that asks the evaluation-service: a granted verzoek past its evaluation date, with an initiatief. */
    private void teEvaluerenMetPeerAanroep() {
        String gemeente = TestData.nieuweGemeente();
        LocalDate vandaag = klok.vandaag();
        Map<String, Object> body = verzoek(gemeente, vandaag.minusYears(2));
        body.put("initiatiefId", InitiatiefData.nieuwInitiatief(gemeente, "Gevolgd"));
        String id = nieuwVerzoek(body);
        toegekend(gemeente, id, vandaag.minusYears(2).plusWeeks(4));
        api(Aanroeper.medewerker(gemeente))
                .body(overeenkomst(vandaag.minusYears(2).plusWeeks(6), vandaag.minusDays(5), "1000.00"))
                .post("/uitdaagrechtverzoeken/" + id + "/overeenkomst").then().statusCode(200);
        api(Aanroeper.raadpleger(gemeente)).header("traceparent", INKOMEND)
                .get("/uitdaagrechtverzoeken/te-evalueren/" + gemeente).then().statusCode(200)
                .body("evaluatiesBekend", equalTo(true));
    }

    @Test
    void thePeerCallCarriesTheTraceOfTheIncomingRequest() {
        teEvaluerenMetPeerAanroep();
        // Same trace, a span of its own (not the caller's parent id).
        assertThat(PeerStubs.EVALUATION.headerWaarden("traceparent"),
                hasItem(matchesPattern("00-" + TRACE_ID + "-(?!00f067aa0ba902b7)[0-9a-f]{16}-0[01]")));
    }

    @Test
    void metricsShowTheLatencyHistogramAndThePeerCallsWithoutAToken() {
        teEvaluerenMetPeerAanroep();
        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> regels = Arrays.asList(metrics.split("\n"));
        // The uri tag is the operation's path template below the REST root (no id values, so no unbounded series).
        assertThat(regels, hasItem(matchesPattern(
                "http_server_requests_seconds_bucket\\{.*uri=\"/uitdaagrechtverzoeken/te-evalueren/\\{gemeente}\".*")));
        String peer = Evaluaties.class.getName().replace(".", "\\.") + "\\.van";
        assertThat(regels, hasItem(matchesPattern("ft_invocations_total\\{.*method=\"" + peer + "\".*")));
        assertThat(regels, hasItem(matchesPattern("ft_timeout_calls_total\\{.*method=\"" + peer + "\".*")));
    }
}
