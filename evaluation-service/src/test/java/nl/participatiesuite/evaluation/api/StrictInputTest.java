package nl.participatiesuite.evaluation.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participatiesuite.apirules.test.StrictInputContractTest;
import nl.participatiesuite.evaluation.support.PeerStubs;
import nl.participatiesuite.evaluation.support.TestData;

/** Hostile input on every evaluation operation: a 400 problem naming the field, nothing stored (see api-rules). */
@QuarkusTest
class StrictInputTest extends StrictInputContractTest {

    @Override
    protected List<ValidRequest> validRequests() {
        String gemeente = TestData.nieuweGemeente();
        UUID initiatief = PeerStubs.initiatief(gemeente, "Initiatief");
        String stelling = api().body(Map.of("gemeente", gemeente, "nummer", 1, "tekst", "Ik voel me thuis in mijn kern",
                "eenheid", "PERCENTAGE")).post("/stellingen").then().statusCode(201).extract().path("id");
        return List.of(
                new ValidRequest("POST", "/stellingen", "/stellingen", "{\"gemeente\":\"" + gemeente
                        + "\",\"nummer\":2,\"tekst\":\"Er is genoeg te doen\",\"eenheid\":\"PERCENTAGE\"}"),
                new ValidRequest("POST", "/stellingen/{stellingId}/metingen", "/stellingen/" + stelling + "/metingen",
                        "{\"jaar\":2024,\"waarde\":61.5,\"benchmark\":58.0}"),
                new ValidRequest("POST", "/evaluaties", "/evaluaties", "{\"initiatiefId\":\"" + initiatief + "\","
                        + "\"doelen\":[{\"omschrijving\":\"Een veilige oversteek\",\"resultaat\":\"BEHAALD\"}],"
                        + "\"gerealiseerdNiveau\":\"RAADPLEGEN\",\"gedeeld\":false}"));
    }
}
