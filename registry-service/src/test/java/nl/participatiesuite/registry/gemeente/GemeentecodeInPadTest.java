package nl.participatiesuite.registry.gemeente;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.registry.support.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A path that names a gemeente by a code that cannot be a CBS code (GM and 4 digits) is a 400 naming that parameter,
 * for a caller who may do the operation in their own gemeente — not the 403 ("another gemeente") or 404 ("unknown")
 * the check of who may see that gemeente would give. Every path of the registry with a gemeente code in it.
 */
@QuarkusTest
class GemeentecodeInPadTest extends ApiTest {

    private static final String BEHEERDER_GEMEENTE = Aanroeper.testGemeente();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /gemeenten/{code}                                          | code     |
            PUT    | /gemeenten/{code}                                          | code     | {"naam":"Nieuw"}
            GET    | /gemeenten/{code}/audittrail                               | code     |
            GET    | /kerndekkingen/{code}                                      | gemeente |
            GET    | /signaleringsvergoedingen/{code}/2025                      | gemeente |
            PUT    | /signaleringsvergoedingen/{code}/2025                      | gemeente | {"bedrag":250}
            DELETE | /signaleringsvergoedingen/{code}/2025                      | gemeente |
            GET    | /signaleringsvergoedingen/{code}/2025/audittrail           | gemeente |
            GET    | /incidentele-ondersteuningen/jaaroverzichten/{code}/2025   | gemeente |
            GET    | /uitdaagrechtverzoeken/jaaroverzichten/{code}/2025         | gemeente |
            GET    | /uitdaagrechtverzoeken/te-evalueren/{code}                 | gemeente |
            """)
    void aCodeThatCannotBeACbsCodeIsA400NamingTheParameter(String method, String pad, String parameter, String body) {
        for (String code : new String[] {"gm0214", "GM214", "Buren", "GM02140"}) {
            RequestSpecification request = api(Aanroeper.beheerder(BEHEERDER_GEMEENTE)).header("If-Match", "\"0\"");
            if (body != null) {
                request.body(body);
            }
            request.request(method, pad.replace("{code}", code)).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo(parameter))
                    .body("invalidParams[0].code", equalTo("pattern"));
        }
    }
}
