package nl.participatiesuite.apirules.notificaties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The delivery signature: HMAC-SHA256 of the body bytes with the secret, as a receiver checks it. */
class HandtekeningTest {

    private static final byte[] BODY = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(nullValues = "-", value = {
        "the right secret,  geheim-a, true",
        "another secret,    geheim-b, false",
    })
    void aReceiverRecognisesTheSignatureOfItsOwnSecretOnly(String geval, String geheimVanOntvanger, boolean klopt) {
        String header = Handtekening.van(BODY, "geheim-a");
        assertEquals(klopt, Handtekening.klopt(BODY, geheimVanOntvanger, header));
    }

    @ParameterizedTest(name = "header {0}")
    @CsvSource(nullValues = "-", value = {"-", "sha256=", "sha256=00", "md5=abc"})
    void aMissingOrMalformedSignatureIsRefused(String header) {
        assertEquals(false, Handtekening.klopt(BODY, "geheim-a", header));
    }

    @org.junit.jupiter.api.Test
    void theSignatureIsTheKnownHmacOfTheBody() {
        // Computed independently: printf '{"id":"1"}' | openssl dgst -sha256 -hmac geheim-a
        assertEquals("sha256=857e46ad739b24404ee23c1cf61cc950837ef84fd37f287bc16aeabe06565725", Handtekening.van(BODY, "geheim-a"));
    }
}
