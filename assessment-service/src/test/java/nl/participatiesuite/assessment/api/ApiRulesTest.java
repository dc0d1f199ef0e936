package nl.participatiesuite.assessment.api;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.apirules.test.NlApiRulesTest;

/** The NL API Design Rules a linter cannot see, on the assessment (the rules themselves are in api-rules). */
@QuarkusTest
class ApiRulesTest extends NlApiRulesTest {

    @Override
    protected String collection() {
        return "/beoordelingen";
    }

    @Override
    protected String writableCollection() {
        return "/beoordelingen";
    }

    @Override
    protected String bodyWithWrongType() {
        return "{\"gemeente\":\"GM0214\",\"ruimte\":\"ja\"}";
    }

    @Override
    protected String fieldWithWrongType() {
        return "ruimte";
    }
}
