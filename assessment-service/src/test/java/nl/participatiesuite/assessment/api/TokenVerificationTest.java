package nl.participatiesuite.assessment.api;

import io.quarkus.test.junit.QuarkusTest;
import nl.participatiesuite.apirules.test.TokenVerificatieTest;

/** Bearer tokens verified for real on the assessment (the cases are in api-rules). */
@QuarkusTest
class TokenVerificationTest extends TokenVerificatieTest {

    @Override
    protected String beveiligdPad() {
        return "/beoordelingen";
    }

    @Override
    protected String openbaarPad() {
        return "/regelsets/standaard";
    }

    @Override
    protected String schrijfPad() {
        return "/beoordelingen";
    }
}
