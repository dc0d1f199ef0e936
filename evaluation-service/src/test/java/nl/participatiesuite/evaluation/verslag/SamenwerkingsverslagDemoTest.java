package nl.participatiesuite.evaluation.verslag;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import nl.participatiesuite.apirules.data.DemoData;
import nl.participatiesuite.apirules.dokument.PdfAControle;
import nl.participatiesuite.apirules.dokument.PdfTekst;
import nl.participatiesuite.apirules.dokument.Schermafdruk;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.evaluation.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The samenwerkingsverslag of the demo data (Buren's shared "Speelplek in de kern", the README tour's): all three
 * representations work for it, without a token too, and with {@code -Ddocumenten.schermafdrukken=...} page 1 becomes
 * docs/samenwerkingsverslag.png.
 */
@QuarkusTest
class SamenwerkingsverslagDemoTest extends ApiTest {

    static final String SPEELPLEK = "0214e000-0000-4000-8000-000000000001";

    @Inject
    DemoData demoData;

    @Test
    void hetVerslagVanDeDemodataInAlleDrieDeVormen() throws Exception {
        demoData.laad("db/demo/evaluaties.sql");
        String pad = "/evaluaties/" + SPEELPLEK + "/samenwerkingsverslag";
        api(Aanroeper.ANONIEM).accept("application/json").get(pad).then().statusCode(200)
                .body("initiatiefTitel", equalTo("Speelplek in de kern"))
                .body("participatieparagraaf.participatie", equalTo(true));
        api(Aanroeper.ANONIEM).accept("text/html").get(pad).then().statusCode(200).contentType(startsWith("text/html"));
        byte[] pdf = api(Aanroeper.raadpleger("GM0214")).accept("application/pdf").get(pad).then().statusCode(200)
                .extract().asByteArray();
        assertEquals(List.of(), PdfAControle.overtredingen(pdf));
        assertTrue(PdfTekst.geheel(pdf).contains("Speelplek in de kern"));
        Schermafdruk.eerstePagina(pdf, "samenwerkingsverslag");
    }
}
