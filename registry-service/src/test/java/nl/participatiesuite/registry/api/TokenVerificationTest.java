package nl.participatiesuite.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.apirules.test.TokenVerificatieTest;

@QuarkusTest
class TokenVerificationTest extends TokenVerificatieTest {

    @Override
    protected String beveiligdPad() {
        return "/kernambtenaren";
    }

    @Override
    protected String openbaarPad() {
        return "/kernen";
    }

    @Override
    protected String schrijfPad() {
        return "/kernambtenaren";
    }
}
