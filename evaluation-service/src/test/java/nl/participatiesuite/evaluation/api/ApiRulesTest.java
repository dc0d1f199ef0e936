package nl.participatiesuite.evaluation.api;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.apirules.test.NlApiRulesTest;

/** The NL API Design Rules a linter cannot see, on the evaluation (the rules themselves are in api-rules). */
@QuarkusTest
class ApiRulesTest extends NlApiRulesTest {

    @Override
    protected String collection() {
        return "/stellingen";
    }

    @Override
    protected String writableCollection() {
        return "/stellingen";
    }

    @Override
    protected String bodyWithWrongType() {
        return "{\"tekst\":\"X\",\"gemeente\":\"GM0001\",\"nummer\":\"veel\",\"eenheid\":\"PERCENTAGE\"}";
    }

    @Override
    protected String fieldWithWrongType() {
        return "nummer";
    }
}
