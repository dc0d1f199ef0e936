package nl.participatiesuite.assessment.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.participatiesuite.apirules.test.HttpHeadersTest;
import nl.participatiesuite.assessment.support.TestData;

/** Location, Link, conditional GET and path ids on the assessment (the rules themselves are in api-rules). */
@QuarkusTest
class HeadersTest extends HttpHeadersTest {

    @Override
    protected String collection() {
        return "/samenwerkingstrajecten";
    }

    @Override
    protected Map<String, Object> newObject() {
        return Map.of("gemeente", TestData.nieuweGemeente(), "naam", "Regionale samenwerking sociaal domein");
    }
}
