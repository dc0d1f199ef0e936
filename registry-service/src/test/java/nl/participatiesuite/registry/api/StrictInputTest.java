package nl.participatiesuite.registry.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.participatiesuite.apirules.test.StrictInputContractTest;
import nl.participatiesuite.registry.support.TestData;

/** Hostile input on every registry operation: a 400 problem naming the field, nothing stored (see api-rules). */
@QuarkusTest
class StrictInputTest extends StrictInputContractTest {

    @Override
    protected List<ValidRequest> validRequests() {
        String gemeente = TestData.nieuweGemeente();
        String kern = TestData.nieuweKern(gemeente, "Eck en Wiel");
        return List.of(
                new ValidRequest("POST", "/gemeenten", "/gemeenten", "{\"code\":\"GM0999\",\"naam\":\"Proefgemeente\"}"),
                new ValidRequest("POST", "/kernen", "/kernen", "{\"naam\":\"Ommeren\",\"gemeente\":\"" + gemeente
                        + "\",\"inwonertal\":1500,\"kernwethouder\":\"J. de Vries\"}"),
                new ValidRequest("POST", "/incidentele-ondersteuningen", "/incidentele-ondersteuningen",
                        "{\"gemeente\":\"" + gemeente + "\",\"jaar\":2025,\"omschrijving\":\"Dorpstafel\",\"bedrag\":250.00}"),
                new ValidRequest("POST", "/leefbaarheidsbudgetten", "/leefbaarheidsbudgetten", "{\"gemeente\":\""
                        + gemeente + "\",\"jaar\":2025,\"kernId\":\"" + kern
                        + "\",\"totaalbedrag\":10000.00,\"beslismodus\":\"STEMMEN\"}"),
                new ValidRequest("POST", "/dorpsbelangenorganisaties", "/dorpsbelangenorganisaties", "{\"naam\":"
                        + "\"Dorpsbelang Eck en Wiel\",\"gemeente\":\"" + gemeente + "\",\"rechtsvorm\":\"VERENIGING\","
                        + "\"kernIds\":[\"" + kern + "\"],\"dkkLidmaatschapVergoed\":true,"
                        + "\"convenant\":{\"getekendOp\":\"2021-03-01\",\"evaluatieUiterlijk\":\"2023-03-01\"}}"));
    }
}
