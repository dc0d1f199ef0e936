package nl.participatiesuite.assessment.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.participatiesuite.apirules.test.StrictInputContractTest;
import nl.participatiesuite.assessment.support.TestData;

/** Hostile input on every assessment operation: a 400 problem naming the field, nothing stored (see api-rules). */
@QuarkusTest
class StrictInputTest extends StrictInputContractTest {

    @Override
    protected List<ValidRequest> validRequests() {
        String gemeente = TestData.nieuweGemeente();
        String traject = api().body(Map.of("gemeente", gemeente, "naam", "Samenwerking afvalinzameling"))
                .post("/samenwerkingstrajecten").then().statusCode(201).extract().path("id");
        for (int stap = 2; stap <= 4; stap++) {
            api().body(Map.of("naarStap", stap))
                    .post("/samenwerkingstrajecten/" + traject + "/overgangen").then().statusCode(200);
        }
        String beoordeling = "{\"gemeente\":\"" + gemeente + "\",\"doel\":\"Een groenere straat\","
                + "\"activiteit\":\"Geveltuintjes aanleggen\",\"initiatiefnemer\":\"SAMENLEVING\",\"schaal\":\"STRAAT_BUURT\","
                + "\"ruimte\":true,\"belangen\":true,\"tijd\":true,\"omvang\":1,\"gemeenteBijdrageNodig\":false}";
        return List.of(
                new ValidRequest("POST", "/beoordelingen", "/beoordelingen", beoordeling),
                new ValidRequest("POST", "/beoordelingen/_bereken", "/beoordelingen/_bereken", beoordeling),
                new ValidRequest("POST", "/samenwerkingstrajecten", "/samenwerkingstrajecten",
                        "{\"gemeente\":\"" + gemeente + "\",\"naam\":\"Regionale samenwerking\",\"omschrijving\":\"Afval\"}"),
                new ValidRequest("POST", "/samenwerkingstrajecten/{id}/terugkoppelingen",
                        "/samenwerkingstrajecten/" + traject + "/terugkoppelingen",
                        "{\"collegeGerapporteerdOp\":\"2024-03-04\",\"raadKadersVastgesteldOp\":\"2024-03-28\"}"));
    }
}
