package nl.participatiesuite.registry.uitdaagrecht;

import static nl.participatiesuite.registry.support.UitdaagrechtData.nieuwVerzoek;
import static nl.participatiesuite.registry.support.UitdaagrechtData.verzoek;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.participatiesuite.apirules.data.Klok;
import nl.participatiesuite.apirules.security.Gewist;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.registry.support.ApiTest;
import nl.participatiesuite.registry.support.TestData;
import org.junit.jupiter.api.Test;

/** domain.md §4 for the uitdaagrecht: not public, the own gemeente reads and writes, indieners are personal data. */
@QuarkusTest
class UitdaagrechtBeveiligingTest extends ApiTest {

    private static final String PAD = "/uitdaagrechtverzoeken";

    @Inject
    Klok klok;

    private String verzoekMetPersoonsgegevens(String gemeente) {
        Map<String, Object> body = verzoek(gemeente, klok.vandaag());
        body.put("indiener", Map.of("type", "INWONERS", "naam", Persoonsgegevens.NAAM,
                "contactpersoon", Map.of("naam", Persoonsgegevens.NAAM, "email", Persoonsgegevens.EMAIL,
                        "telefoon", Persoonsgegevens.TELEFOON)));
        return nieuwVerzoek(body);
    }

    @Test
    void verzoekenAreNotPublicAndNotForAnotherGemeente() {
        String gemeente = TestData.nieuweGemeente();
        String id = verzoekMetPersoonsgegevens(gemeente);
        api(Aanroeper.ANONIEM).get(PAD + "/" + id).then().statusCode(401).contentType("application/problem+json");
        api(Aanroeper.ANONIEM).queryParam("gemeente", gemeente).get(PAD).then().statusCode(401);
        api(Aanroeper.beheerder("GM0998")).get(PAD + "/" + id).then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).get(PAD + "/" + id + "/statuswijzigingen").then().statusCode(403);
        api(Aanroeper.beheerder("GM0998")).body(Map.of("status", "IN_BEHANDELING"))
                .post(PAD + "/" + id + "/statuswijzigingen").then().statusCode(403);
        // A raadpleger of the gemeente sees the indiener, personal fields included; but may not write.
        String antwoord = api(Aanroeper.raadpleger(gemeente)).get(PAD + "/" + id).then().statusCode(200)
                .body("indiener.naam", equalTo(Persoonsgegevens.NAAM))
                .body("indiener.contactpersoon.telefoon", equalTo(Persoonsgegevens.TELEFOON)).extract().asString();
        api(Aanroeper.raadpleger(gemeente)).body(Map.of("status", "IN_BEHANDELING"))
                .post(PAD + "/" + id + "/statuswijzigingen").then().statusCode(403);
        // Recording for another gemeente is refused before anything else.
        api(Aanroeper.medewerker(gemeente)).body(verzoek(TestData.andereGemeente(), klok.vandaag())).post(PAD).then()
                .statusCode(403);
        org.junit.jupiter.api.Assertions.assertTrue(Persoonsgegevens.in(antwoord));
    }

    @Test
    void erasureReplacesTheIndienersDataAndKeepsTheVerzoek() {
        String gemeente = TestData.nieuweGemeente();
        String id = verzoekMetPersoonsgegevens(gemeente);
        api(Aanroeper.medewerker(gemeente)).post(PAD + "/" + id + "/_wissen").then().statusCode(403);
        api().post(PAD + "/" + id + "/_wissen").then().statusCode(200)
                .body("indiener.naam", equalTo(Gewist.NAAM))
                .body("indiener.contactpersoon.naam", equalTo(Gewist.NAAM))
                .body("indiener.contactpersoon.email", nullValue())
                .body("indiener.contactpersoon.telefoon", nullValue())
                .body("status", equalTo("INGEDIEND"));
        String audit = api().get(PAD + "/" + id + "/audittrail").then().statusCode(200)
                .body("items.resource", contains("Uitdaagrechtverzoek", "UitdaagrechtStatuswijziging", "Uitdaagrechtverzoek"))
                .body("items.actie", contains("create", "create", "update"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(Persoonsgegevens.in(audit), audit);
        // A second erasure changes nothing.
        api().post(PAD + "/" + id + "/_wissen").then().statusCode(200).header("ETag", equalTo("\"1\""));
        api().get(PAD + "/" + id + "/audittrail").then().body("totalItems", equalTo(3));
        api(Aanroeper.medewerker(gemeente)).get(PAD + "/" + id + "/audittrail").then().statusCode(403);
    }
}
