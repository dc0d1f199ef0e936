package nl.participatiesuite.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.participatiesuite.apirules.test.HttpHeadersTest;
import nl.participatiesuite.registry.support.TestData;

/** Location, Link, conditional GET and path ids on the registry (the rules themselves are in api-rules). */
@QuarkusTest
class HeadersTest extends HttpHeadersTest {

    @Override
    protected String collection() {
        return "/kernen";
    }

    @Override
    protected Map<String, Object> newObject() {
        return Map.of("naam", "Zoelen", "gemeente", TestData.nieuweGemeente());
    }
}
