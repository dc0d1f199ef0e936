package nl.participatiesuite.evaluation.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.participatiesuite.apirules.test.HttpHeadersTest;
import nl.participatiesuite.evaluation.support.TestData;

/** Location, Link, conditional GET and path ids on the evaluation (the rules themselves are in api-rules). */
@QuarkusTest
class HeadersTest extends HttpHeadersTest {

    @Override
    protected String collection() {
        return "/stellingen";
    }

    @Override
    protected Map<String, Object> newObject() {
        return Map.of("gemeente", TestData.nieuweGemeente(), "nummer", 1, "tekst", "Inwoners voelen zich gehoord",
                "eenheid", "PERCENTAGE");
    }
}
