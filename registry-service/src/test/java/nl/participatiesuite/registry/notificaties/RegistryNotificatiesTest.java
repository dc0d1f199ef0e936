package nl.participatiesuite.registry.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.test.Aanroeper;
import nl.participatiesuite.apirules.test.NotificatiesTest;
import nl.participatiesuite.apirules.test.Persoonsgegevens;
import nl.participatiesuite.registry.support.InitiatiefData;
import nl.participatiesuite.registry.support.TestData;

/** Issue 12 in the registry, on its initiatieven: an INWONER's name is in the initiatief, never in the event. */
@QuarkusTest
class RegistryNotificatiesTest extends NotificatiesTest {

    @Override
    protected String kanaal() {
        return "initiatieven";
    }

    @Override
    protected String nieuweGemeente() {
        return TestData.nieuweGemeente();
    }

    @Override
    protected String maak(String gemeente) {
        Map<String, Object> body = InitiatiefData.initiatief(gemeente, "Speeltuin", List.of());
        body.put("initiatiefnemer", Map.of("type", "INWONER", "naam", Persoonsgegevens.NAAM, "contact", Persoonsgegevens.EMAIL));
        return api(Aanroeper.medewerker(gemeente)).body(body).post("/initiatieven").then().statusCode(201).extract().path("id");
    }
}
