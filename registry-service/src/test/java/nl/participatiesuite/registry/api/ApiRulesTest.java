package nl.participatiesuite.registry.api;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.apirules.test.NlApiRulesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The NL API Design Rules a linter cannot see, on the registry (the rules themselves are in api-rules). */
@QuarkusTest
class ApiRulesTest extends NlApiRulesTest {

    @Override
    protected String collection() {
        return "/kernen";
    }

    @Override
    protected String writableCollection() {
        return "/kernen";
    }

    @Override
    protected String bodyWithWrongType() {
        return "{\"naam\":\"X\",\"gemeente\":\"GM0001\",\"inwonertal\":\"veel\"}";
    }

    @Override
    protected String fieldWithWrongType() {
        return "inwonertal";
    }

    @Test
    void aYearThatIsNoNumberOrAnIdThatIsNoUuidIsInvalidInput() {
        raw().get("/leefbaarheidsbudgetten?jaar=20x5").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("jaar"));
        raw().get("/kernen/geen-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].code", equalTo("format"));
    }

    /** pageSize 1 makes every list count its total through the bounded identifier count. */
    @ParameterizedTest
    @ValueSource(strings = {"/gemeenten", "/kernen", "/kernambtenaren",
            "/dorpsbelangenorganisaties", "/signaleringsgroepen", "/signaleringsvergoedingen", "/inflatiecijfers",
            "/initiatieven", "/leefbaarheidsbudgetten", "/incidentele-ondersteuningen"})
    void everyCollectionCountsItsTotal(String collection) {
        api().queryParam("pageSize", 1).get(collection).then().statusCode(200)
                .body("totalItemsExact", equalTo(true))
                .body("pageSize", equalTo(1));
    }
}
