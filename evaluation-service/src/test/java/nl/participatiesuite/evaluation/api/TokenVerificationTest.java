package nl.participatiesuite.evaluation.api;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.apirules.test.TokenVerificatieTest;

/** Token verification (api-rules) on the evaluation: reports are protected, the burgerpeiling is public. */
@QuarkusTest
class TokenVerificationTest extends TokenVerificatieTest {

    @Override
    protected String beveiligdPad() {
        return "/evaluaties";
    }

    @Override
    protected String openbaarPad() {
        return "/stellingen";
    }

    @Override
    protected String schrijfPad() {
        return "/evaluaties";
    }
}
